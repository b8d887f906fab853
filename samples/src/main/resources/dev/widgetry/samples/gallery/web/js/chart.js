// ChatKit's Chart as SVG: bars (side by side, or stacked when series share a "stack"), lines and
// areas over the rows of "data", with x labels, an optional y axis, a legend and a tooltip.
// It draws once its width is known and again whenever that width changes.

import { el, style, svg } from './dom.js';
import { color, dimensions } from './tokens.js';

const PALETTE = ['blue-500', 'emerald-500', 'orange-500', 'purple-500', 'pink-500', 'teal-500'];
const DEFAULT_HEIGHT = 200;

export function chart(props, theme) {
  const node = el('div', { class: 'ck-chart' });
  const { height, ...sizes } = dimensions(props);
  style(node, { ...sizes, flex: typeof props.flex === 'number' ? `${props.flex} 1 0%` : props.flex });
  const series = (props.series || []).map((entry, index) => ({
    ...entry,
    paint: color(entry.color, theme) || color(PALETTE[index % PALETTE.length], theme),
    name: entry.label ?? entry.dataKey,
  }));
  const plot = el('div', { class: 'ck-chart-plot' });
  node.append(plot);
  if (props.showLegend === true || (props.showLegend !== false && series.length > 1)) {
    node.append(el('div', { class: 'ck-legend' },
      series.map((entry) => el('span', {}, style(el('i'), { background: entry.paint }), entry.name))));
  }
  const plotHeight = typeof props.height === 'number' ? props.height : typeof props.size === 'number' ? props.size : DEFAULT_HEIGHT;
  let drawnWidth = -1;
  const observer = new ResizeObserver(() => {
    if (!plot.isConnected) {
      observer.disconnect();
      return;
    }
    const width = Math.floor(plot.clientWidth);
    if (width > 0 && width !== drawnWidth) {
      drawnWidth = width;
      plot.replaceChildren(draw(props, series, width, plotHeight, node));
    }
  });
  observer.observe(plot);
  return node;
}

function draw(props, series, width, height, container) {
  const xAxis = typeof props.xAxis === 'string' ? { dataKey: props.xAxis } : props.xAxis || {};
  const rows = props.data || [];
  const labelOf = (row) => {
    const raw = row[xAxis.dataKey];
    return xAxis.labels && xAxis.labels[raw] !== undefined ? xAxis.labels[raw] : String(raw ?? '');
  };
  const groups = stacks(series.filter((entry) => entry.type === 'bar'));
  const areas = stacks(series.filter((entry) => entry.type === 'area'));
  const lines = series.filter((entry) => entry.type === 'line');
  const top = niceScale(highest(rows, groups, areas, lines));

  const left = props.showYAxis ? 44 : 2;
  const bottom = xAxis.hide ? 4 : 22;
  const plotWidth = Math.max(1, width - left - 4);
  const plotHeight = Math.max(1, height - 6 - bottom);
  const band = plotWidth / Math.max(1, rows.length);
  const x = (index) => left + index * band + band / 2;
  const y = (value) => 6 + plotHeight - (value / top.max) * plotHeight;

  const root = svg('svg', { width, height, role: 'img', 'aria-label': series.map((entry) => entry.name).join(', ') });
  for (const tick of top.ticks) {
    root.append(svg('line', { class: 'ck-grid', x1: left, x2: left + plotWidth, y1: y(tick), y2: y(tick) }));
    if (props.showYAxis) {
      root.append(text(compact(tick), { x: left - 8, y: y(tick) + 4, 'text-anchor': 'end' }));
    }
  }
  drawBars(root, rows, groups, { band, left, y, gap: props.barGap ?? 4, categoryGap: props.barCategoryGap ?? band * 0.22 });
  for (const group of areas) {
    const base = rows.map(() => 0);
    for (const entry of group) {
      const topValues = rows.map((row, index) => base[index] + number(row[entry.dataKey]));
      const upper = topValues.map((value, index) => [x(index), y(value)]);
      const lower = base.map((value, index) => [x(index), y(value)]).reverse();
      const outline = curve(upper, entry.curveType);
      const fill = svg('path', { d: `${outline} ${lower.map(([px, py]) => `L${px},${py}`).join(' ')} Z`, 'fill-opacity': 0.18 });
      fill.style.fill = entry.paint;
      const stroke = svg('path', { d: outline, fill: 'none', 'stroke-width': 2 });
      stroke.style.stroke = entry.paint;
      root.append(fill, stroke);
      topValues.forEach((value, index) => { base[index] = value; });
    }
  }
  for (const entry of lines) {
    const points = rows.map((row, index) => [x(index), y(number(row[entry.dataKey]))]);
    const path = svg('path', { d: curve(points, entry.curveType), fill: 'none', 'stroke-width': 2, 'stroke-linejoin': 'round' });
    path.style.stroke = entry.paint;
    root.append(path);
    if (points.length <= 16) {
      for (const [px, py] of points) {
        const dot = svg('circle', { cx: px, cy: py, r: 3, 'stroke-width': 2 });
        dot.style.stroke = entry.paint;
        dot.style.fill = 'var(--ck-surface)';
        root.append(dot);
      }
    }
  }
  if (!xAxis.hide) {
    const longest = Math.max(1, ...rows.map((row) => labelOf(row).length));
    const every = Math.max(1, Math.ceil((longest * 6.5 + 10) / band));
    rows.forEach((row, index) => {
      if (index % every === 0) root.append(text(labelOf(row), { x: x(index), y: height - 6, 'text-anchor': 'middle' }));
    });
  }
  if (props.showTooltip !== false) {
    rows.forEach((row, index) => {
      const hover = svg('rect', { class: 'ck-hover', x: left + index * band, y: 6, width: band, height: plotHeight });
      hover.addEventListener('mouseenter', () => showTooltip(container, labelOf(row), row, series, x(index), width));
      hover.addEventListener('mouseleave', () => container.querySelector('.ck-tooltip')?.remove());
      root.append(hover);
    });
  }
  return root;
}

/** Bars: one slot per stack in each category, the stack's series on top of each other. */
function drawBars(root, rows, groups, { band, left, y, gap, categoryGap }) {
  if (groups.length === 0) return;
  const inner = Math.max(1, band - categoryGap);
  const barWidth = Math.max(1, (inner - gap * (groups.length - 1)) / groups.length);
  rows.forEach((row, index) => {
    groups.forEach((group, slot) => {
      const left0 = left + index * band + categoryGap / 2 + slot * (barWidth + gap);
      let base = 0;
      group.forEach((entry, level) => {
        const value = number(row[entry.dataKey]);
        if (value <= 0) return;
        const bar = svg('path', { d: barPath(left0, y(base + value), barWidth, y(base) - y(base + value), level === group.length - 1) });
        bar.style.fill = entry.paint;
        root.append(bar);
        base += value;
      });
    });
  });
}

/** A bar, with its top corners rounded when it is the top of its stack. */
function barPath(x, y, width, height, roundTop) {
  const r = roundTop ? Math.min(4, width / 2, height) : 0;
  return `M${x},${y + height} V${y + r} Q${x},${y} ${x + r},${y} H${x + width - r} Q${x + width},${y} ${x + width},${y + r}`
    + ` V${y + height} Z`;
}

/** Series grouped by their "stack"; a series without one is a group of its own. */
function stacks(series) {
  const groups = new Map();
  series.forEach((entry, index) => {
    const key = entry.stack ?? `#${index}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  });
  return [...groups.values()];
}

function highest(rows, groups, areas, lines) {
  let max = 0;
  for (const row of rows) {
    for (const group of [...groups, ...areas]) {
      max = Math.max(max, group.reduce((sum, entry) => sum + number(row[entry.dataKey]), 0));
    }
    for (const entry of lines) max = Math.max(max, number(row[entry.dataKey]));
  }
  return max;
}

/** A round top value for the y axis, and four or five ticks up to it. */
function niceScale(max) {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10) * magnitude;
  const top = Math.ceil(max / step) * step;
  const ticks = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(tick);
  return { max: top, ticks };
}

/** A path through the points: straight, in steps, or smooth (monotone) for every other curve type. */
function curve(points, type) {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first[0]},${first[1]}`;
  if (type === 'linear' || type === 'linearClosed' || (points.length < 3 && !String(type).startsWith('step'))) {
    return d + rest.map(([px, py]) => ` L${px},${py}`).join('');
  }
  if (type === 'step' || type === 'stepAfter' || type === 'stepBefore') {
    for (let i = 1; i < points.length; i++) {
      const [x0] = points[i - 1];
      const [x1, y1] = points[i];
      if (type === 'stepBefore') d += ` V${y1} H${x1}`;
      else if (type === 'stepAfter') d += ` H${x1} V${y1}`;
      else d += ` H${(x0 + x1) / 2} V${y1} H${x1}`;
    }
    return d;
  }
  const slopes = monotoneSlopes(points);
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const dx = (x1 - x0) / 3;
    d += ` C${x0 + dx},${y0 + slopes[i - 1] * dx} ${x1 - dx},${y1 - slopes[i] * dx} ${x1},${y1}`;
  }
  return d;
}

/** Tangents that keep a smooth curve from overshooting its points (Fritsch and Carlson). */
function monotoneSlopes(points) {
  const n = points.length;
  const secants = [];
  for (let i = 0; i < n - 1; i++) {
    secants.push((points[i + 1][1] - points[i][1]) / (points[i + 1][0] - points[i][0]));
  }
  const slopes = [secants[0]];
  for (let i = 1; i < n - 1; i++) {
    slopes.push(secants[i - 1] * secants[i] <= 0 ? 0 : (secants[i - 1] + secants[i]) / 2);
  }
  slopes.push(secants[n - 2]);
  for (let i = 0; i < n - 1; i++) {
    if (secants[i] === 0) {
      slopes[i] = 0;
      slopes[i + 1] = 0;
      continue;
    }
    const a = slopes[i] / secants[i];
    const b = slopes[i + 1] / secants[i];
    const length = a * a + b * b;
    if (length > 9) {
      const scale = 3 / Math.sqrt(length);
      slopes[i] = scale * a * secants[i];
      slopes[i + 1] = scale * b * secants[i];
    }
  }
  return slopes;
}

function showTooltip(container, label, row, series, anchorX, width) {
  container.querySelector('.ck-tooltip')?.remove();
  const tip = el('div', { class: 'ck-tooltip', role: 'status' }, el('strong', { text: label }),
    series.map((entry) => el('div', {}, style(el('i'), { background: entry.paint }), entry.name,
      el('b', { text: number(row[entry.dataKey]).toLocaleString('en') }))));
  style(tip, { left: `${anchorX + 140 > width ? anchorX - 140 : anchorX + 12}px`, top: '8px' });
  container.append(tip);
}

function text(value, attrs) {
  const node = svg('text', attrs);
  node.textContent = value;
  return node;
}

function number(value) {
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

function compact(value) {
  if (value >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (value >= 1e3) return `${+(value / 1e3).toFixed(1)}k`;
  return `${+value.toFixed(1)}`;
}

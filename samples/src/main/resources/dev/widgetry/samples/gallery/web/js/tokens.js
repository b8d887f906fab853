// ChatKit's design tokens: colors, spacing units, sizes and radii, turned into CSS values.

/** Color names that follow the theme: CSS variables defined in widgets.css. */
const THEME_COLORS = new Set([
  'prose', 'primary', 'emphasis', 'secondary', 'tertiary', 'success', 'danger', 'warning', 'caution', 'info',
  'discovery', 'surface', 'surface-secondary', 'surface-tertiary', 'surface-elevated', 'border', 'border-strong',
]);

/** Palette hues and saturations; a token such as "blue-500" is a hue and a lightness step. */
const HUES = {
  red: [0, 84], orange: [25, 95], amber: [38, 92], yellow: [48, 96], lime: [84, 78], green: [142, 70],
  emerald: [160, 82], teal: [173, 78], cyan: [189, 90], sky: [199, 89], blue: [217, 91], indigo: [239, 84],
  violet: [258, 90], purple: [271, 91], fuchsia: [292, 84], pink: [330, 81], rose: [350, 89], gray: [220, 9],
  slate: [215, 16], zinc: [240, 5], neutral: [0, 0], stone: [25, 6],
};
const LIGHTNESS = { 50: 97, 100: 94, 200: 87, 300: 77, 400: 65, 500: 54, 600: 46, 700: 38, 800: 30, 900: 23, 950: 14 };

/** A color prop (a token, a palette step, a CSS color, or {light, dark}) as CSS for this theme. */
export function color(value, theme) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return color(theme === 'dark' ? value.dark : value.light, theme);
  const text = String(value).trim();
  if (THEME_COLORS.has(text)) return `var(--ck-${text})`;
  const step = /^([a-z]+)-(\d{2,3})$/.exec(text);
  if (step && HUES[step[1]] && LIGHTNESS[step[2]] !== undefined) {
    const [hue, saturation] = HUES[step[1]];
    return `hsl(${hue} ${saturation}% ${LIGHTNESS[step[2]]}%)`;
  }
  if (text === 'white' || text === 'black') return text;
  return CSS.supports('color', text) ? text : undefined;
}

/** A gap or padding: a number counts 4 px units, a string is CSS. */
export function space(value) {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' ? `${value * 4}px` : String(value);
}

/** A width, height or size: a number is pixels, a string is CSS. */
export function length(value) {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' ? `${value}px` : String(value);
}

/** A padding or margin prop (units, CSS, or {top, right, bottom, left, x, y}) as four CSS lengths. */
export function edges(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') {
    const all = space(value);
    return { top: all, right: all, bottom: all, left: all };
  }
  const pick = (side, axis) => space(value[side] ?? value[axis] ?? 0);
  return { top: pick('top', 'y'), right: pick('right', 'x'), bottom: pick('bottom', 'y'), left: pick('left', 'x') };
}

const RADII = {
  none: '0', '2xs': '2px', xs: '4px', sm: '6px', md: '8px', lg: '12px', xl: '16px', '2xl': '20px', '3xl': '24px',
  '4xl': '32px', full: '9999px', '100%': '100%',
};

/** A radius token as CSS. */
export function radius(token) {
  return token === undefined ? undefined : RADII[token];
}

/** One border side: a width in pixels, or {size, color, style}. */
function borderSide(value, theme) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return `${value}px solid var(--ck-border)`;
  return `${value.size}px ${value.style || 'solid'} ${color(value.color, theme) || 'var(--ck-border)'}`;
}

/** A border prop (a width, a line, or per-side lines) as CSS properties. */
export function border(value, theme) {
  if (value === undefined || value === null) return {};
  if (typeof value === 'number' || value.size !== undefined) {
    return { border: borderSide(value, theme) };
  }
  const side = (name, axis) => borderSide(value[name] ?? value[axis], theme);
  return {
    'border-top': side('top', 'y'), 'border-right': side('right', 'x'),
    'border-bottom': side('bottom', 'y'), 'border-left': side('left', 'x'),
  };
}

const ALIGN = { start: 'flex-start', end: 'flex-end', center: 'center', baseline: 'baseline', stretch: 'stretch' };
const JUSTIFY = {
  start: 'flex-start', end: 'flex-end', center: 'center', between: 'space-between', around: 'space-around',
  evenly: 'space-evenly', stretch: 'stretch',
};

/** CSS for the props Box, Row, Col and Form share: flex layout, spacing, border, background and size. */
export function layout(props, theme) {
  const padding = edges(props.padding);
  const margin = edges(props.margin);
  const flex = props.flex === undefined ? undefined : typeof props.flex === 'number' ? `${props.flex} 1 0%` : props.flex;
  return {
    'align-items': ALIGN[props.align],
    'justify-content': JUSTIFY[props.justify],
    'flex-wrap': props.wrap,
    flex,
    gap: space(props.gap),
    'padding-top': padding?.top, 'padding-right': padding?.right, 'padding-bottom': padding?.bottom, 'padding-left': padding?.left,
    'margin-top': margin?.top, 'margin-right': margin?.right, 'margin-bottom': margin?.bottom, 'margin-left': margin?.left,
    ...border(props.border, theme),
    'border-radius': radius(props.radius),
    background: color(props.background, theme),
    ...dimensions(props),
  };
}

/** CSS for width, height, size, their minimums and maximums, and aspect ratio. */
export function dimensions(props) {
  return {
    width: length(props.width ?? props.size),
    height: length(props.height ?? props.size),
    'min-width': length(props.minWidth ?? props.minSize),
    'min-height': length(props.minHeight ?? props.minSize),
    'max-width': length(props.maxWidth ?? props.maxSize),
    'max-height': length(props.maxHeight ?? props.maxSize),
    'aspect-ratio': props.aspectRatio === undefined ? undefined : String(props.aspectRatio),
  };
}

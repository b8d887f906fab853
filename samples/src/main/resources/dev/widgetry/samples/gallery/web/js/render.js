// Draws ChatKit widget JSON (a Card, ListView or Basic root) as DOM, one function per component
// of the catalog. Interactive parts call context.onAction(action, source, ownValue); what
// happens then (form values, the request, the answer) is forms.js's and host.js's business.

import { el, style } from './dom.js';
import { chart } from './chart.js';
import { icon } from './icons.js';
import { markdown } from './markdown.js';
import { border, color, dimensions, edges, layout, length, radius, space } from './tokens.js';

let renderCount = 0;

/**
 * Renders a root widget. The context: theme ("light" or "dark": the page's, unless the root sets
 * its own) and onAction(action, sourceElement, ownValue), called for every click, submit and change.
 */
export function renderWidget(widget, context) {
  const scope = { ...context, prefix: `ck${++renderCount}`, ids: new Map() };
  return root(widget, scope);
}

function root(widget, context) {
  const theme = widget.theme || context.theme;
  const scope = { ...context, theme };
  const render = ROOTS[widget.type];
  const node = render ? render(widget, scope) : unknown(widget);
  node.classList.add('ck-root');
  node.dataset.ckType = widget.type;
  if (widget.theme) node.dataset.ckTheme = widget.theme;
  mark(node, widget);
  return node;
}

const ROOTS = {
  Card(props, context) {
    const body = el(props.asForm ? 'form' : 'div', { class: 'ck-card-body', novalidate: props.asForm });
    const padding = edges(props.padding);
    if (padding) {
      style(body, { 'padding-top': padding.top, 'padding-right': padding.right, 'padding-bottom': padding.bottom, 'padding-left': padding.left });
    }
    if (props.asForm) {
      body.dataset.ckForm = '';
      body.addEventListener('submit', (event) => {
        event.preventDefault();
        if (props.confirm) context.onAction(props.confirm.action, event.submitter || body);
      });
    }
    body.append(...children(props.children, context));
    const card = el('div', { class: 'ck-card' }, body);
    style(card, { background: color(props.background, context.theme), ...border(props.border, context.theme) });
    if (props.confirm || props.cancel) {
      const footer = el('div', { class: 'ck-card-footer' });
      if (props.cancel) {
        footer.append(button({ label: props.cancel.label, onClickAction: props.cancel.action, color: 'secondary', variant: 'soft' }, context));
      }
      if (props.confirm) {
        footer.append(props.asForm
          ? button({ label: props.confirm.label, submit: true }, context)
          : button({ label: props.confirm.label, onClickAction: props.confirm.action }, context));
      }
      if (props.asForm) footer.classList.add('ck-card-footer-in-form');
      (props.asForm ? body : card).append(footer);
    }
    if (props.collapsed) {
      body.hidden = true;
      card.append(el('button', {
        class: 'ck-button ck-collapsed-toggle', type: 'button', 'data-variant': 'soft', 'data-color': 'secondary', 'data-size': 'sm',
        text: 'Show', onclick: (event) => { body.hidden = false; event.currentTarget.remove(); },
      }));
    }
    return el('div', { 'data-size': props.size || 'md' }, status(props.status), card);
  },

  ListView(props, context) {
    const items = (props.children || []).map((item) => listViewItem(item, context));
    const list = el('div', { class: 'ck-list', role: 'list' }, items);
    const limit = typeof props.limit === 'number' ? props.limit : Infinity;
    if (items.length > limit) {
      items.slice(limit).forEach((item) => { item.hidden = true; });
      list.append(el('button', {
        class: 'ck-list-more', type: 'button', text: `Show ${items.length - limit} more`,
        onclick: (event) => { items.forEach((item) => { item.hidden = false; }); event.currentTarget.remove(); },
      }));
    }
    return el('div', {}, status(props.status), list);
  },

  Basic(props, context) {
    const basic = el('div', { class: 'ck-basic' });
    const padding = edges(props.padding);
    style(basic, {
      'flex-direction': props.direction === 'row' ? 'row' : 'column',
      gap: space(props.gap),
      'align-items': FLEX[props.align],
      'justify-content': JUSTIFY[props.justify],
      padding: padding && `${padding.top} ${padding.right} ${padding.bottom} ${padding.left}`,
    });
    basic.append(...(props.children || []).map((child) => (ROOTS[child.type] ? root(child, context) : component(child, context))));
    return el('div', {}, basic);
  },
};

const FLEX = { start: 'flex-start', end: 'flex-end', center: 'center', baseline: 'baseline', stretch: 'stretch' };
const JUSTIFY = { start: 'flex-start', end: 'flex-end', center: 'center', between: 'space-between', around: 'space-around', evenly: 'space-evenly' };

function status(value) {
  if (!value) return null;
  const picture = value.icon
    ? style(icon(value.icon), { width: '16px', height: '16px' })
    : value.favicon ? el('img', { src: safeSource(value.favicon), alt: '', 'data-frame': value.frame }) : null;
  return el('div', { class: 'ck-status' }, picture, el('span', { text: value.text }));
}

function listViewItem(props, context) {
  const item = el('div', { class: 'ck-list-item', role: 'listitem', 'data-ck-type': 'ListViewItem' });
  mark(item, props);
  style(item, { gap: space(props.gap), 'align-items': FLEX[props.align] });
  item.append(...children(props.children, context));
  if (props.onClickAction) {
    item.dataset.clickable = '';
    item.dataset.actionType = props.onClickAction.type;
    item.tabIndex = 0;
    item.setAttribute('role', 'button');
    item.addEventListener('click', (event) => {
      if (event.target.closest('button, input, select, textarea, a, label')) return;
      context.onAction(props.onClickAction, item);
    });
    item.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && event.target === item) {
        event.preventDefault();
        context.onAction(props.onClickAction, item);
      }
    });
  }
  return item;
}

function children(list, context) {
  return (list || []).map((child) => component(child, context));
}

function component(props, context) {
  const render = COMPONENTS[props.type];
  const node = render ? render(props, context) : unknown(props);
  if (!node.dataset.ckType) node.dataset.ckType = props.type;
  mark(node, props);
  return node;
}

/** Marks a node with the widget's key and id, which updates (and tests) find it by. */
function mark(node, props) {
  if (props.key) node.dataset.key = props.key;
  if (props.id) node.dataset.ckId = props.id;
}

function unknown(props) {
  return el('div', { class: 'ck-unknown', text: `Unknown component "${props.type}"` });
}

// Layout ------------------------------------------------------------------------------------

function container(className, props, context, direction) {
  const node = el('div', { class: className });
  style(node, { 'flex-direction': direction, ...layout(props, context.theme) });
  node.append(...children(props.children, context));
  return node;
}

const COMPONENTS = {
  Box: (props, context) => container('ck-box', props, context, props.direction === 'row' ? 'row' : 'column'),
  Row: (props, context) => container('ck-row', props, context, 'row'),
  Col: (props, context) => container('ck-col', props, context, 'column'),

  Form(props, context) {
    const form = el('form', { class: 'ck-form', novalidate: true, 'data-ck-form': '' });
    style(form, { 'flex-direction': props.direction === 'row' ? 'row' : 'column', ...layout(props, context.theme) });
    form.append(...children(props.children, context));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (props.onSubmitAction) context.onAction(props.onSubmitAction, event.submitter || form);
    });
    return form;
  },

  Spacer(props) {
    return style(el('div', { class: 'ck-spacer' }), { 'min-width': length(props.minSize), 'min-height': length(props.minSize) });
  },

  Divider(props, context) {
    const spacing = space(props.spacing);
    return style(el('hr', { class: 'ck-divider', 'data-flush': props.flush }), {
      background: color(props.color, context.theme),
      height: length(props.size),
      'margin-top': spacing,
      'margin-bottom': spacing,
    });
  },

  Transition(props, context) {
    return el('div', { class: 'ck-transition' }, component(props.children, context));
  },

  // Text ------------------------------------------------------------------------------------

  Text(props, context) {
    if (props.editable && typeof props.editable === 'object') {
      const input = el('input', {
        class: 'ck-text-input', name: props.editable.name, value: props.value, placeholder: props.editable.placeholder,
        autocomplete: props.editable.autoComplete, pattern: props.editable.pattern, required: props.editable.required,
      });
      field(input, props.editable.name, () => input.value, context);
      return textStyle(el('div', { class: 'ck-text' }, input), props, context);
    }
    const node = textStyle(el('p', { class: 'ck-text', text: props.value }), props, context);
    style(node, {
      'font-style': props.italic ? 'italic' : undefined,
      'text-decoration': props.lineThrough ? 'line-through' : undefined,
      width: length(props.width),
      'min-height': props.minLines ? `${props.minLines * 1.5}em` : undefined,
    });
    return node;
  },

  Title: (props, context) => textStyle(el('h3', { class: 'ck-title', text: props.value }), props, context),
  Caption: (props, context) => textStyle(el('p', { class: 'ck-caption', text: props.value }), props, context),

  Label(props, context) {
    const node = el('label', { class: 'ck-label', for: fieldId(props.fieldName, context), text: props.value });
    return textStyle(node, props, context);
  },

  Markdown: (props) => markdown(props.value),

  Badge(props) {
    return el('span', {
      class: 'ck-badge', text: props.label, 'data-color': props.color || 'secondary', 'data-variant': props.variant || 'soft',
      'data-size': props.size, 'data-pill': props.pill,
    });
  },

  Icon(props, context) {
    const node = icon(props.name);
    node.classList.add('ck-icon');
    if (props.size) node.dataset.size = props.size;
    node.dataset.icon = props.name;
    return style(node, { color: color(props.color, context.theme) });
  },

  Image(props) {
    const node = el('img', {
      class: 'ck-image', src: safeSource(props.src), alt: props.alt || '',
      'data-frame': props.frame, 'data-flush': props.flush,
    });
    const margin = edges(props.margin);
    return style(node, {
      ...dimensions(props),
      'object-fit': props.fit,
      'object-position': props.position,
      'border-radius': radius(props.radius),
      margin: margin && `${margin.top} ${margin.right} ${margin.bottom} ${margin.left}`,
    });
  },

  Button: (props, context) => button(props, context),

  // Table -----------------------------------------------------------------------------------

  Table(props, context) {
    return el('table', { class: 'ck-table' }, el('tbody', {}, (props.children || []).map((row) => component(row, context))));
  },

  'Table.Row'(props, context) {
    const row = el('tr');
    for (const cell of props.children || []) {
      const node = component(cell, context);
      if (props.header) {
        const header = el('th', { scope: 'col' }, ...node.childNodes);
        for (const { name, value } of node.attributes) header.setAttribute(name, value);
        header.style.cssText = node.style.cssText;
        row.append(header);
      } else {
        row.append(node);
      }
    }
    return row;
  },

  'Table.Cell'(props, context) {
    const cell = el('td', {
      colspan: props.colSpan, rowspan: props.rowSpan, 'data-cell-align': props.align, 'data-valign': props.vAlign,
      'data-col-size': props.colSize,
    });
    const padding = props.padding && edges(props.padding);
    style(cell, {
      width: length(props.width),
      padding: padding && `${padding.top} ${padding.right} ${padding.bottom} ${padding.left}`,
    });
    cell.append(...children(props.children, context));
    return cell;
  },

  // Fields ----------------------------------------------------------------------------------

  Input(props, context) {
    const input = el('input', {
      class: 'ck-input', type: props.inputType || 'text', name: props.name, value: props.defaultValue,
      placeholder: props.placeholder, pattern: props.pattern, required: props.required, disabled: props.disabled,
      autofocus: props.autoFocus, autocomplete: props.allowAutofillExtensions === false ? 'off' : undefined,
      'data-variant': props.variant || 'outline', 'data-size': props.size, 'data-gutter': props.gutterSize, 'data-pill': props.pill,
    });
    if (props.autoSelect) input.addEventListener('focus', () => input.select());
    return field(input, props.name, () => input.value, context);
  },

  Textarea(props, context) {
    const area = el('textarea', {
      class: 'ck-textarea', name: props.name, rows: props.rows || 3, placeholder: props.placeholder, required: props.required,
      disabled: props.disabled, autofocus: props.autoFocus, 'data-variant': props.variant || 'outline', 'data-size': props.size,
      'data-gutter': props.gutterSize,
    });
    area.value = props.defaultValue || '';
    if (props.autoResize) {
      const lineHeight = 20;
      area.addEventListener('input', () => {
        area.style.height = 'auto';
        const limit = props.maxRows ? props.maxRows * lineHeight + 18 : Infinity;
        area.style.height = `${Math.min(area.scrollHeight + 2, limit)}px`;
      });
    }
    return field(area, props.name, () => area.value, context);
  },

  Select(props, context) {
    const select = el('select', {
      class: 'ck-select', name: props.name, disabled: props.disabled, 'data-variant': props.variant || 'outline',
      'data-size': props.size, 'data-pill': props.pill, 'data-block': props.block,
    });
    if (props.placeholder || props.clearable) {
      select.append(el('option', { value: '', text: props.placeholder || '—', disabled: !props.clearable }));
    }
    for (const option of props.options || []) select.append(el('option', { value: option.value, text: option.label }));
    select.value = props.defaultValue ?? (props.placeholder || props.clearable ? '' : props.options?.[0]?.value ?? '');
    const markEmpty = () => { select.toggleAttribute('data-empty', select.value === ''); };
    markEmpty();
    select.addEventListener('change', markEmpty);
    const value = () => (select.value === '' ? undefined : select.value);
    return onChange(field(select, props.name, value, context), select, 'change', props.onChangeAction, value, context);
  },

  DatePicker(props, context) {
    const input = el('input', {
      class: 'ck-date', type: 'date', name: props.name, value: props.defaultValue, min: props.min, max: props.max,
      disabled: props.disabled, 'aria-label': props.placeholder, 'data-variant': props.variant || 'outline',
      'data-size': props.size, 'data-pill': props.pill, 'data-block': props.block,
    });
    const value = () => (input.value === '' ? undefined : input.value);
    return onChange(field(input, props.name, value, context), input, 'change', props.onChangeAction, value, context);
  },

  Checkbox(props, context) {
    const box = el('input', { type: 'checkbox', name: props.name, required: props.required, disabled: props.disabled });
    box.checked = Boolean(props.defaultChecked);
    const node = el('label', { class: 'ck-checkbox', 'data-disabled': props.disabled }, box, props.label && el('span', { text: props.label }));
    field(node, props.name, () => box.checked, context, box);
    return onChange(node, box, 'change', props.onChangeAction, () => box.checked, context);
  },

  RadioGroup(props, context) {
    const group = el('div', {
      class: 'ck-radio-group', role: 'radiogroup', 'aria-label': props.ariaLabel, 'data-direction': props.direction || 'col',
    });
    const name = `${context.prefix}-${props.name}`;
    const inputs = (props.options || []).map((option) => {
      const input = el('input', { type: 'radio', name, value: option.value, disabled: props.disabled || option.disabled });
      input.checked = option.value === props.defaultValue;
      group.append(el('label', { class: 'ck-radio', 'data-disabled': props.disabled || option.disabled }, input,
        el('span', { text: option.label })));
      return input;
    });
    const value = () => inputs.find((input) => input.checked)?.value;
    field(group, props.name, value, context, inputs[0]);
    return onChange(group, group, 'change', props.onChangeAction, value, context);
  },

  Chart: (props, context) => chart(props, context.theme),
};

function textStyle(node, props, context) {
  if (props.size) node.dataset.size = props.size;
  if (props.weight) node.dataset.weight = props.weight;
  if (props.textAlign) node.dataset.align = props.textAlign;
  style(node, { color: color(props.color, context.theme) });
  if (props.truncate) node.classList.add('ck-truncate');
  if (props.maxLines) {
    node.classList.add('ck-clamp');
    node.style.setProperty('-webkit-line-clamp', String(props.maxLines));
  }
  return node;
}

function button(props, context) {
  const node = el('button', {
    class: 'ck-button', type: props.submit ? 'submit' : 'button', disabled: props.disabled,
    'data-color': props.color || (props.style === 'secondary' ? 'secondary' : 'primary'),
    'data-variant': props.variant || 'solid', 'data-size': props.size, 'data-icon-size': props.iconSize,
    'data-pill': props.pill, 'data-uniform': props.uniform, 'data-block': props.block,
    'aria-label': props.uniform && props.iconStart && !props.label ? props.iconStart : undefined,
  }, props.iconStart && ckIcon(props.iconStart), props.label && el('span', { text: props.label }), props.iconEnd && ckIcon(props.iconEnd));
  style(node, { flex: props.block ? '1 1 auto' : undefined });
  if (props.onClickAction) node.dataset.actionType = props.onClickAction.type;
  node.addEventListener('click', (event) => {
    const form = node.closest('[data-ck-form]');
    if (props.submit && form) return;
    event.preventDefault();
    if (props.onClickAction) context.onAction(props.onClickAction, node);
  });
  return node;
}

function ckIcon(name) {
  const node = icon(name);
  node.classList.add('ck-icon');
  return node;
}

/** Registers a form control: its name, the id labels point at, and how to read its value. */
function field(node, name, read, context, focusable = node) {
  node.dataset.ckField = '';
  node.dataset.ckName = name;
  node.ckValue = read;
  focusable.id = uniqueId(name, context);
  return node;
}

/** The id of the first control with this name, which a Label's fieldName points at. */
function fieldId(name, context) {
  return `${context.prefix}-field-${String(name).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function uniqueId(name, context) {
  const base = fieldId(name, context);
  const count = context.ids.get(base) || 0;
  context.ids.set(base, count + 1);
  return count === 0 ? base : `${base}-${count + 1}`;
}

/** Fires the control's onChangeAction, with the control's own value, when it changes. */
function onChange(node, target, event, action, read, context) {
  if (action) {
    node.dataset.actionType = action.type;
    target.addEventListener(event, () => context.onAction(action, node, read()));
  }
  return node;
}

/** Images and favicons load from this app, from data: URLs, or over HTTPS; anything else is dropped. */
function safeSource(src) {
  return /^(\/|\.\/|https:\/\/|data:image\/)/i.test(String(src || '')) ? src : undefined;
}

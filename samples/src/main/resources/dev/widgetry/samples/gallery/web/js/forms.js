// ChatKit's form rules: controls inside a Form (or a Card with asForm) add their values to the
// payload of every action fired inside it, keyed by name, a dotted name nesting; a name that
// collides with a key the payload has is dropped. A control's onChangeAction also carries the
// control's own value under its name. And the way back: a structured error's problems are shown
// beside the fields their JSON Pointers name.

import { el } from './dom.js';

const PAYLOAD_POINTER = '/action/payload/';
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** The payload to send for an action fired from source; ownValue is a changed control's new value. */
export function payloadFor(action, source, ownValue) {
  const values = {};
  const form = source.closest('[data-ck-form]');
  if (form) Object.assign(values, formValues(form));
  if (ownValue !== undefined && source.dataset.ckName) values[source.dataset.ckName] = ownValue;
  const payload = action.payload;
  const isObject = payload !== null && typeof payload === 'object' && !Array.isArray(payload);
  if (Object.keys(values).length === 0 || (payload !== undefined && payload !== null && !isObject)) return payload;
  const merged = isObject ? structuredClone(payload) : {};
  for (const [name, value] of Object.entries(values)) setPath(merged, name.split('.'), value);
  return merged;
}

/** The current value of every control of the form (not of forms nested in it), by name. */
export function formValues(form) {
  const values = {};
  for (const field of form.querySelectorAll('[data-ck-field]')) {
    if (field.closest('[data-ck-form]') !== form) continue;
    const value = field.ckValue();
    if (value !== undefined) values[field.dataset.ckName] = value;
  }
  return values;
}

function setPath(target, path, value) {
  if (path.some((key) => UNSAFE_KEYS.has(key))) return;
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key)) node[key] = {};
    else if (node[key] === null || typeof node[key] !== 'object' || Array.isArray(node[key])) return;
    node = node[key];
  }
  const last = path[path.length - 1];
  if (!Object.hasOwn(node, last)) node[last] = value;
}

/** Marks each field a problem points at and writes the problem under it; returns how many were placed. */
export function showFieldErrors(widget, problems) {
  clearFieldErrors(widget);
  let placed = 0;
  for (const problem of problems) {
    const name = fieldName(problem.pointer);
    const field = name && [...widget.querySelectorAll('[data-ck-field]')].find((node) => node.dataset.ckName === name);
    if (!field) continue;
    field.classList.add('ck-field-invalid');
    field.setAttribute('aria-invalid', 'true');
    field.after(el('div', { class: 'ck-field-error', role: 'alert', 'data-pointer': problem.pointer },
      el('span', { text: sentence(problem) }), el('code', { text: problem.pointer })));
    placed++;
  }
  return placed;
}

export function clearFieldErrors(widget) {
  widget.querySelectorAll('.ck-field-error').forEach((node) => node.remove());
  widget.querySelectorAll('.ck-field-invalid').forEach((node) => {
    node.classList.remove('ck-field-invalid');
    node.removeAttribute('aria-invalid');
  });
}

/** "Expected an email address, found "ada@"." */
export function sentence(problem) {
  const hint = problem.hint ? ` ${problem.hint}` : '';
  return `Expected ${problem.expected}, found ${problem.found}.${hint}`;
}

/** The form field a pointer into the payload names: "/action/payload/todo/title" is "todo.title". */
function fieldName(pointer) {
  if (!pointer || !pointer.startsWith(PAYLOAD_POINTER)) return null;
  return pointer.slice(PAYLOAD_POINTER.length).split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

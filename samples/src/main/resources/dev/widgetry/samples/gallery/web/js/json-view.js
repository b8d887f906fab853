// JSON, pretty-printed and colored, as DOM text.

import { el } from './dom.js';

const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** A <pre> showing the value (or JSON text) indented, with keys, strings, numbers and literals colored. */
export function jsonView(value) {
  const text = typeof value === 'string' ? JSON.stringify(JSON.parse(value), null, 2) : JSON.stringify(value, null, 2);
  const code = el('code');
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    code.append(text.slice(last, match.index));
    const [token, string, colon, literal] = match;
    if (string) {
      code.append(el('span', { class: colon ? 'json-key' : 'json-string', text: string }));
      if (colon) code.append(colon);
    } else {
      code.append(el('span', { class: literal ? 'json-literal' : 'json-number', text: token }));
    }
    last = match.index + token.length;
  }
  code.append(text.slice(last));
  return el('pre', { class: 'code' }, code);
}

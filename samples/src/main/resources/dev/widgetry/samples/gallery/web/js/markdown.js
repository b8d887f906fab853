// A small, safe Markdown: paragraphs, headings, lists, fenced code, and inline code, bold,
// italic and links. It builds DOM nodes from text, so HTML in the source stays text.

import { el } from './dom.js';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const ORDERED_ITEM = /^\s*\d+[.)]\s+/;
const FENCE = /^\s*```/;
const HEADING = /^(#{1,3})\s+(.*)$/;
const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;
const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

/** The Markdown text as a block of DOM nodes. */
export function markdown(text, className = 'ck-markdown') {
  const root = el('div', { class: className });
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
    } else if (FENCE.test(line)) {
      const body = [];
      for (i++; i < lines.length && !FENCE.test(lines[i]); i++) body.push(lines[i]);
      i++;
      root.append(el('pre', {}, el('code', { text: body.join('\n') })));
    } else if (HEADING.test(line)) {
      const [, hashes, title] = HEADING.exec(line);
      root.append(el(`h${hashes.length}`, {}, inline(title)));
      i++;
    } else if (LIST_ITEM.test(line)) {
      const ordered = ORDERED_ITEM.test(line);
      const list = el(ordered ? 'ol' : 'ul');
      for (; i < lines.length && LIST_ITEM.test(lines[i]) && ORDERED_ITEM.test(lines[i]) === ordered; i++) {
        list.append(el('li', {}, inline(lines[i].replace(LIST_ITEM, ''))));
      }
      root.append(list);
    } else {
      const paragraph = [];
      for (; i < lines.length && lines[i].trim() && !isBlockStart(lines[i]); i++) paragraph.push(lines[i].trim());
      root.append(el('p', {}, inline(paragraph.join(' '))));
    }
  }
  return root;
}

function isBlockStart(line) {
  return FENCE.test(line) || HEADING.test(line) || LIST_ITEM.test(line);
}

/** Inline spans: `code`, **bold**, *italic*, [links](https://...); a link to anything else stays text. */
function inline(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    nodes.push(text.slice(last, match.index));
    const [token, code, bold, italic, link] = match;
    if (code) {
      nodes.push(el('code', { text: code.slice(1, -1) }));
    } else if (bold) {
      nodes.push(el('strong', {}, inline(bold.slice(2, -2))));
    } else if (italic) {
      nodes.push(el('em', {}, inline(italic.slice(1, -1))));
    } else if (link) {
      const [, label, url] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      nodes.push(SAFE_URL.test(url)
        ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, inline(label))
        : label);
    }
    last = match.index + token.length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

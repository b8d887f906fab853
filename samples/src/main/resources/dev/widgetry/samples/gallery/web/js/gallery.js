// The gallery page: a tile per widget, with tabs for its JSON, its record's schema, the tool a
// model is given, and its actions' tools; a theme switch the server's middleware also reads.

import { el } from './dom.js';
import { createHost } from './host.js';
import { icon } from './icons.js';
import { jsonView } from './json-view.js';
import { markdown } from './markdown.js';
import { sentence } from './forms.js';

const THEME_COOKIE = 'widgetry-theme';
const gallery = document.getElementById('gallery');
const toggle = document.getElementById('theme-toggle');

let theme = readTheme();

toggle.addEventListener('click', () => {
  theme = theme === 'dark' ? 'light' : 'dark';
  saveTheme(theme);
  load();
});

saveTheme(theme);
load();

/** Draws every tile from the server's current state, in the current theme. */
async function load() {
  document.documentElement.dataset.ckTheme = theme;
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  toggle.textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
  gallery.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/api/gallery');
    const data = await response.json();
    gallery.replaceChildren(...data.entries.map((entry) => tile(entry, data.actionPath)));
  } catch (failure) {
    gallery.replaceChildren(el('p', { class: 'gallery-loading', text: `The gallery could not be loaded: ${failure.message}` }));
  }
  gallery.setAttribute('aria-busy', 'false');
  document.body.dataset.theme = theme;
}

function tile(entry, endpoint) {
  const stage = el('div', { class: 'stage' });
  const feedback = el('div', { class: 'feedback' });
  const exchange = el('div', { class: 'exchange' });
  let added = 0;
  const events = {
    exchange: (record) => exchange.replaceChildren(exchangeView(endpoint, record)),
    message: (text) => showMessage(feedback, text),
    error: (error, placed) => showError(feedback, error, placed),
    add: (widget) => stage.append(createHost({ itemId: `${entry.id}-${++added}`, widget, endpoint, theme, events }).node),
  };
  const host = createHost({ itemId: entry.id, widget: entry.widget, endpoint, theme, events });
  stage.append(host.node);

  const panels = {
    widget: el('section', { class: 'panel' }, stage, feedback, entry.notes && markdown(entry.notes, 'notes')),
    json: lazyPanel(() => jsonView(host.widget()), true),
    schema: lazyPanel(() => fetchJson(`/api/schema/${entry.id}`)),
    tool: lazyPanel(() => fetchJson(`/api/tool/${entry.id}`)),
  };
  if (entry.actions.length > 0) panels.actions = lazyPanel(() => fetchJson(`/api/actions/${entry.id}`));
  const labels = { widget: 'Widget', json: 'JSON', schema: 'Schema', tool: 'Tool', actions: 'Actions' };
  const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': `${entry.title} views` });
  for (const [name, panel] of Object.entries(panels)) {
    const tab = el('button', {
      class: 'tab', type: 'button', role: 'tab', 'data-tab': name, 'aria-selected': String(name === 'widget'), text: labels[name],
      onclick: () => select(name),
    });
    tabs.append(tab);
    panel.dataset.panel = name;
    panel.hidden = name !== 'widget';
  }
  function select(name) {
    for (const [other, panel] of Object.entries(panels)) {
      panel.hidden = other !== name;
      tabs.querySelector(`[data-tab="${other}"]`).setAttribute('aria-selected', String(other === name));
      if (other === name && panel.show) panel.show();
    }
  }

  return el('article', { class: 'tile', 'data-entry': entry.id, 'data-wide': entry.wide, id: entry.id },
    el('header', { class: 'tile-head' },
      el('div', { class: 'tile-title' },
        el('h2', { text: entry.title }),
        markdown(entry.summary, 'tile-summary')),
      tabs),
    el('div', { class: 'tile-body' }, Object.values(panels)),
    el('footer', { class: 'tile-foot' },
      el('span', { class: 'tile-type' }, 'record ', el('code', { text: entry.dataType })),
      entry.actions.length > 0 && el('span', { class: 'tile-actions' }, 'actions ',
        entry.actions.map((type) => el('code', { text: type }))),
      exchange));
}

/** A panel filled when first shown (and, for live content, each time). */
function lazyPanel(content, live = false) {
  const panel = el('section', { class: 'panel panel-code' });
  let filled = false;
  panel.show = async () => {
    if (filled && !live) return;
    filled = true;
    panel.replaceChildren(el('p', { class: 'panel-loading', text: 'Loading…' }));
    try {
      panel.replaceChildren(await content());
    } catch (failure) {
      filled = false;
      panel.replaceChildren(el('p', { class: 'panel-loading', text: `Could not load: ${failure.message}` }));
    }
  };
  return panel;
}

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return jsonView(await response.text());
}

function showMessage(feedback, text) {
  feedback.querySelector('.feedback-message')?.remove();
  if (text) {
    const sparkle = icon('sparkle');
    sparkle.classList.add('feedback-icon');
    feedback.append(el('div', { class: 'feedback-message', role: 'status' }, sparkle, el('span', { text })));
  }
}

function showError(feedback, error, placed) {
  feedback.querySelector('.feedback-error')?.remove();
  if (!error) return;
  const problems = error.problems || [];
  feedback.prepend(el('div', { class: 'feedback-error', role: 'alert', 'data-code': error.code },
    el('div', {}, el('code', { class: 'error-code', text: error.code }), ' ', error.message),
    problems.length > 0 && el('ul', {}, problems.map((problem) =>
      el('li', {}, el('code', { text: problem.pointer || '(document)' }), ' ', sentence(problem)))),
    placed > 0 && el('p', { class: 'error-note', text: 'The fields they point at are marked in the widget.' })));
}

function exchangeView(endpoint, { request, status, answer, millis }) {
  const outcome = answer.error ? answer.error.code : answer.result;
  return el('details', {},
    el('summary', {}, el('code', { text: `POST ${endpoint}` }), ` ${request.action.type} → `,
      el('span', { class: status === 200 ? 'status-ok' : 'status-error', text: `${status} ${outcome}` }), ` · ${millis} ms`),
    el('div', { class: 'exchange-body' }, el('h3', { text: 'Request' }), jsonView(request), el('h3', { text: 'Response' }),
      jsonView(answer)));
}

function readTheme() {
  const cookie = document.cookie.split(';').map((part) => part.trim().split('=')).find(([name]) => name === THEME_COOKIE);
  if (cookie) return cookie[1] === 'dark' ? 'dark' : 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function saveTheme(value) {
  document.cookie = `${THEME_COOKIE}=${value}; path=/; max-age=31536000; SameSite=Strict`;
}

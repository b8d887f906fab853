// The A2UI page: each gallery entry that has an A2UI surface, its ChatKit widget (drawn by this
// app's renderer) beside the surface (drawn by @a2ui/lit 0.11.0, Google's official renderer). The
// surface's actions are posted as {"version": "v0.9", "action"} and the messages answered are
// applied to it. Every exchange is kept in window.a2uiExchanges, for the console and the tests.

import { el } from './dom.js';
import { createHost } from './host.js';
import { jsonView } from './json-view.js';

const page = document.getElementById('a2ui');
const exchanges = [];
window.a2uiExchanges = exchanges;

try {
  const [gallery, a2ui] = await Promise.all([fetchJson('/api/gallery'), fetchJson('/api/a2ui')]);
  if (a2ui.renderer) {
    await show(gallery, a2ui);
  } else {
    page.replaceChildren(el('p', { class: 'gallery-loading' },
      'The A2UI renderer is not installed. Run ', el('code', { text: 'npm ci' }), ' in ', el('code', { text: 'samples/target/npm' }),
      ' (a copy of samples/npm; the samples tests do it), or start the app with ', el('code', { text: '-Da2ui.modules=<node_modules>' }), '.'));
  }
} catch (failure) {
  page.replaceChildren(el('p', { class: 'gallery-loading', text: `The surfaces could not be loaded: ${failure.message}` }));
}
page.setAttribute('aria-busy', 'false');

async function show(gallery, a2ui) {
  // Loaded only once the server says the packages are there, so a page without them still explains itself.
  const { MessageProcessor } = await import('@a2ui/web_core/v0_9');
  const { basicCatalog, Context } = await import('@a2ui/lit/v0_9');
  const { ContextProvider } = await import('@lit/context');
  const { renderMarkdown } = await import('@a2ui/markdown-it');
  new ContextProvider(page, { context: Context.markdown, initialValue: renderMarkdown });

  const places = new Map();
  const processor = new MessageProcessor([basicCatalog], (action) => send(action));
  processor.onSurfaceCreated((surface) => {
    const element = document.createElement('a2ui-surface');
    element.surface = surface;
    places.get(surface.id)?.stage.replaceChildren(element);
  });

  async function send(action) {
    const place = places.get(action.surfaceId);
    const request = { version: 'v0.9', action };
    const started = performance.now();
    let status;
    let answer;
    try {
      const response = await fetch(a2ui.actionPath, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(request),
      });
      status = response.status;
      answer = await response.json();
    } catch (failure) {
      status = 0;
      answer = { error: { code: 'network_error', message: `The server did not answer: ${failure.message}` } };
    }
    const exchange = { request, status, answer, millis: Math.round(performance.now() - started) };
    exchanges.push(exchange);
    place?.exchange.replaceChildren(exchangeView(a2ui.actionPath, exchange));
    place?.feedback.replaceChildren();
    if (Array.isArray(answer)) {
      processor.processMessages(answer);
    } else if (answer.error) {
      place?.feedback.append(el('div', { class: 'feedback-error', role: 'alert', 'data-code': answer.error.code },
        el('code', { class: 'error-code', text: answer.error.code }), ' ', answer.error.message));
    }
  }

  const pairs = [];
  for (const entry of gallery.entries) {
    const messages = a2ui.surfaces[entry.id];
    if (!messages) continue;
    const stage = el('div', { class: 'a2ui-stage', 'data-surface': entry.id });
    const feedback = el('div', { class: 'feedback' });
    const exchange = el('div', { class: 'exchange' });
    places.set(entry.id, { stage, feedback, exchange });
    const host = createHost({
      itemId: entry.id, widget: entry.widget, endpoint: gallery.actionPath, theme: 'light',
      events: { exchange: () => {}, message: () => {}, error: () => {}, add: () => {} },
    });
    pairs.push(el('article', { class: 'tile a2ui-pair', 'data-entry': entry.id, 'data-wide': true },
      el('header', { class: 'tile-head' }, el('div', { class: 'tile-title' }, el('h2', { text: entry.title }))),
      el('div', { class: 'a2ui-sides' },
        el('section', { class: 'a2ui-side', 'data-side': 'chatkit' }, el('h3', { text: 'ChatKit widget' }), host.node),
        el('section', { class: 'a2ui-side', 'data-side': 'a2ui' }, el('h3', { text: 'A2UI surface (@a2ui/lit)' }), stage, feedback)),
      el('details', { class: 'a2ui-messages' }, el('summary', { text: 'A2UI messages' }), jsonView(messages)),
      el('footer', { class: 'tile-foot' }, el('span', { class: 'tile-type' }, 'record ', el('code', { text: entry.dataType })), exchange)));
  }
  page.replaceChildren(...pairs);
  processor.processMessages(Object.values(a2ui.surfaces).flat());
}

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function exchangeView(endpoint, { request, status, answer, millis }) {
  const outcome = Array.isArray(answer) ? `${answer.length} messages` : answer.error?.code;
  return el('details', {},
    el('summary', {}, el('code', { text: `POST ${endpoint}` }), ` ${request.action.name} → `,
      el('span', { class: status === 200 ? 'status-ok' : 'status-error', text: `${status} ${outcome}` }), ` · ${millis} ms`),
    el('div', { class: 'exchange-body' }, el('h3', { text: 'Request' }), jsonView(request), el('h3', { text: 'Response' }),
      jsonView(answer)));
}

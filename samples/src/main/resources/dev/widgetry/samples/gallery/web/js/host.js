// One widget on the page and the round trip of its actions: post {"action", "itemId"} to the
// endpoint, then swap in the handler's widget, add the new one, or show the structured error.

import { el } from './dom.js';
import { clearFieldErrors, payloadFor, showFieldErrors } from './forms.js';
import { renderWidget } from './render.js';

/**
 * A host for one widget item. events: exchange({request, status, answer, millis}) after every
 * request, message(text), error(error, placedOnFields), add(widget) for a widget the handler adds.
 */
export function createHost({ itemId, widget, endpoint, theme, events }) {
  const node = el('div', { class: 'widget-host', 'data-item-id': itemId });
  let current = widget;
  let busy = false;

  function draw(next) {
    current = next;
    node.replaceChildren(renderWidget(next, { theme, onAction: fire }));
  }

  async function fire(action, source, ownValue) {
    if (busy) return;
    busy = true;
    const payload = payloadFor(action, source, ownValue);
    const request = { action: { type: action.type, ...(payload === undefined ? {} : { payload }) }, itemId };
    const root = node.firstElementChild;
    root.setAttribute('aria-busy', 'true');
    if (source.matches('button')) source.setAttribute('aria-busy', 'true');
    const started = performance.now();
    let status;
    let answer;
    try {
      const response = await fetch(endpoint, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request),
      });
      status = response.status;
      answer = await response.json();
    } catch (failure) {
      status = 0;
      answer = { error: { code: 'network_error', message: `The server did not answer: ${failure.message}` } };
    } finally {
      busy = false;
      root.removeAttribute('aria-busy');
      source.removeAttribute('aria-busy');
    }
    events.exchange({ request, status, answer, millis: Math.round(performance.now() - started) });
    if (answer.error) {
      events.error(answer.error, showFieldErrors(node, answer.error.problems || []));
      return;
    }
    clearFieldErrors(node);
    events.error(null, 0);
    if (answer.widget && (answer.result === 'replace' || answer.result === 'update')) draw(answer.widget);
    if (answer.widget && answer.result === 'add') events.add(answer.widget);
    events.message(answer.message || null);
  }

  draw(widget);
  return { node, itemId, widget: () => current };
}

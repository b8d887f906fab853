// The chat page: a thread list, the current thread's items, and a composer, all through ChatKit's
// protocol at POST /chatkit. Streamed answers are drawn as their events arrive; a widget's actions
// go back as threads.custom_action (or threads.sync_custom_action when the action asks for no
// stream). The thread's id is kept in the address, so a reload shows the thread again, from the
// server's store.

import { createClient } from './chatkit-client.js';
import { applyUpdate, messageText, userText } from './chat-items.js';
import { el } from './dom.js';
import { payloadFor } from './forms.js';
import { markdown } from './markdown.js';
import { renderWidget } from './render.js';

const client = createClient('/chatkit');
const threadsList = document.getElementById('threads');
const messages = document.getElementById('messages');
const title = document.getElementById('thread-title');
const progress = document.getElementById('progress');
const status = document.getElementById('status');
const composer = document.getElementById('composer');
const prompt = document.getElementById('prompt');
const streamLog = document.getElementById('stream-log');
const theme = document.cookie.split(';').some((cookie) => cookie.trim() === 'widgetry-theme=dark') ? 'dark' : 'light';

/** The current thread's items by id, in the order shown, and the node drawing each. */
let threadId = null;
const items = new Map();
let busy = false;

document.documentElement.dataset.ckTheme = theme;
document.getElementById('new-chat').addEventListener('click', () => openThread(null));
composer.addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
prompt.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    send();
  }
});
window.addEventListener('hashchange', () => {
  const id = location.hash.slice(1) || null;
  if (id !== threadId) openThread(id);
});

refreshThreads();
openThread(location.hash.slice(1) || null);

async function send() {
  const text = prompt.value.trim();
  if (!text || busy) return;
  prompt.value = '';
  const input = { content: [{ type: 'input_text', text }], attachments: [], inference_options: {} };
  await streaming(() => (threadId === null
    ? client.stream('threads.create', { input }, onEvent)
    : client.stream('threads.add_user_message', { thread_id: threadId, input }, onEvent)));
  refreshThreads();
}

/** Runs one streamed request, marking the thread busy and logging what kinds of events it brought. */
async function streaming(run) {
  busy = true;
  messages.setAttribute('aria-busy', 'true');
  status.replaceChildren();
  counts.clear();
  try {
    await run();
  } catch (failure) {
    showStatus('error', failure.message);
  } finally {
    busy = false;
    progress.replaceChildren();
    messages.setAttribute('aria-busy', 'false');
    showLog();
  }
}

/** How many events of each kind the last answer brought (for widget updates, the update's kind). */
const counts = new Map();

function onEvent(event) {
  const kind = event.type === 'thread.item.updated' ? event.update.type : event.type;
  counts.set(kind, (counts.get(kind) || 0) + 1);
  switch (event.type) {
    case 'thread.created':
      threadId = event.thread.id;
      history.replaceState(null, '', `#${threadId}`);
      title.textContent = event.thread.title || 'New chat';
      break;
    case 'thread.updated':
      title.textContent = event.thread.title || 'New chat';
      break;
    case 'thread.item.added':
    case 'thread.item.done':
    case 'thread.item.replaced':
      progress.replaceChildren();
      show(event.item);
      break;
    case 'thread.item.updated': {
      const entry = items.get(event.item_id);
      if (entry) {
        applyUpdate(entry.item, event.update);
        show(entry.item);
      }
      break;
    }
    case 'thread.item.removed':
      items.get(event.item_id)?.node.remove();
      items.delete(event.item_id);
      break;
    case 'progress_update':
      progress.replaceChildren(el('span', { class: 'chat-spinner' }), el('span', { text: event.text }));
      break;
    case 'notice':
      showStatus(event.level, event.title ? `${event.title}: ${event.message}` : event.message);
      break;
    case 'error':
      showStatus('error', event.message || 'Something went wrong.', event.allow_retry);
      break;
    default:
      break;
  }
}

/** Draws an item in its place, or adds it at the end. */
function show(item) {
  const node = itemNode(item);
  if (!node) return;
  const entry = items.get(item.id);
  if (entry) {
    entry.node.replaceWith(node);
  } else {
    messages.append(node);
  }
  items.set(item.id, { item, node });
  node.scrollIntoView({ block: 'end' });
}

function itemNode(item) {
  const attrs = { class: `chat-item chat-${item.type}`, 'data-item-id': item.id, 'data-item-type': item.type };
  switch (item.type) {
    case 'user_message':
      return el('div', attrs, el('p', { class: 'chat-bubble', text: userText(item) }));
    case 'assistant_message':
      return el('div', attrs, markdown(messageText(item), 'chat-text'));
    case 'widget':
      return el('div', attrs, renderWidget(item.widget, {
        theme, onAction: (action, source, ownValue) => act(item.id, action, source, ownValue),
      }));
    default:
      return null;
  }
}

async function act(itemId, action, source, ownValue) {
  if (busy || action.handler === 'client') return;
  const params = { thread_id: threadId, item_id: itemId, action: { type: action.type, payload: payloadFor(action, source, ownValue) } };
  if (action.streaming === false) {
    await streaming(async () => {
      const answer = await client.request('threads.sync_custom_action', params);
      if (answer.updated_item) show(answer.updated_item);
    });
    return;
  }
  await streaming(() => client.stream('threads.custom_action', params, onEvent));
}

/** Shows a thread (null: a new, empty one) from the server's store. */
async function openThread(id) {
  threadId = id;
  items.clear();
  messages.replaceChildren();
  status.replaceChildren();
  title.textContent = 'New chat';
  history.replaceState(null, '', id ? `#${id}` : location.pathname);
  markCurrent();
  if (!id) return;
  try {
    const thread = await client.request('threads.get_by_id', { thread_id: id });
    title.textContent = thread.title || 'New chat';
    let page = thread.items;
    page.data.forEach(show);
    while (page.has_more) {
      page = await client.request('items.list', { thread_id: id, after: page.after, order: 'asc', limit: 50 });
      page.data.forEach(show);
    }
  } catch (failure) {
    showStatus('error', failure.message);
  }
}

async function refreshThreads() {
  try {
    const page = await client.request('threads.list', { limit: 30, order: 'desc' });
    threadsList.replaceChildren(...page.data.map((thread) => el('li', {},
      el('a', { href: `#${thread.id}`, 'data-thread-id': thread.id, text: thread.title || 'New chat' }))));
    markCurrent();
  } catch (failure) {
    showStatus('error', failure.message);
  }
}

function markCurrent() {
  for (const link of threadsList.querySelectorAll('a')) {
    link.toggleAttribute('aria-current', link.dataset.threadId === threadId);
  }
}

function showStatus(level, text, retry) {
  status.replaceChildren(el('div', { class: 'chat-notice', 'data-level': level, role: level === 'error' ? 'alert' : 'status' },
    el('span', { text }), retry && el('span', { class: 'chat-retry-note', text: ' You may try again.' })));
}

function showLog() {
  const parts = [...counts.entries()].map(([kind, count]) => el('span', { 'data-kind': kind, text: `${kind} × ${count}` }));
  streamLog.replaceChildren(el('span', { text: 'Last answer: ' }), ...parts);
}

// A thread's items as the page keeps them (ChatKit's item JSON), and the updates a stream applies
// to them: assistant text arriving in parts, and widgets changing by text delta, by component
// (found by its id) or whole.

/** Applies one thread.item.updated update to the item, in place. */
export function applyUpdate(item, update) {
  switch (update.type) {
    case 'assistant_message.content_part.added':
    case 'assistant_message.content_part.done':
      item.content = item.content || [];
      item.content[update.content_index] = update.content;
      break;
    case 'assistant_message.content_part.text_delta':
      item.content[update.content_index].text += update.delta;
      break;
    case 'assistant_message.content_part.annotation_added':
      item.content[update.content_index].annotations.push(update.annotation);
      break;
    case 'widget.streaming_text.value_delta': {
      const node = findById(item.widget, update.component_id);
      if (node) {
        node.value += update.delta;
        node.streaming = !update.done;
      }
      break;
    }
    case 'widget.component.updated':
      item.widget = replaceById(item.widget, update.component_id, update.component);
      break;
    case 'widget.root.updated':
      item.widget = update.widget;
      break;
    default:
      break;
  }
}

/** The assistant message's text, its parts joined. */
export function messageText(item) {
  return (item.content || []).map((part) => part.text).join('\n\n');
}

/** The user message's text: its text parts and tags. */
export function userText(item) {
  return (item.content || []).map((part) => part.text).join(' ');
}

function findById(node, id) {
  if (node === null || typeof node !== 'object') return null;
  if (!Array.isArray(node) && node.id === id) return node;
  for (const child of Array.isArray(node) ? node : Object.values(node)) {
    const found = findById(child, id);
    if (found) return found;
  }
  return null;
}

function replaceById(node, id, replacement) {
  if (node === null || typeof node !== 'object') return node;
  if (!Array.isArray(node) && node.id === id) return replacement;
  if (Array.isArray(node)) return node.map((child) => replaceById(child, id, replacement));
  const copy = {};
  for (const [key, value] of Object.entries(node)) copy[key] = replaceById(value, id, replacement);
  return copy;
}

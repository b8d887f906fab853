// Builds DOM nodes from data. Text always goes in as text nodes: nothing here parses HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element: attributes (false, null and undefined are left out; true is an empty value) and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element with these attributes. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return node;
}

/** Appends children: nodes, strings (as text), arrays of either; null and undefined are skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Sets inline style properties through the CSSOM (allowed by the page's CSP); undefined values are skipped. */
export function style(node, properties) {
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined && value !== null && value !== '') node.style.setProperty(name, value);
  }
  return node;
}

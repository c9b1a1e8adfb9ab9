// Builds the page from data without ever parsing data as markup: text is inserted as text nodes,
// attribute values through setAttribute, and event handlers only from code. Links are filtered so a
// `javascript:` (or any non-web) URL taken from an article never becomes a link.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element: el('a', {href: '#/', class: 'x', onclick: fn}, 'text', child, [more]). */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, built the same way. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      if (typeof value !== 'function') {
        throw new Error(`handler ${name} must be a function`);
      }
      node.addEventListener(name.slice(2), value);
    } else if (name === 'href') {
      node.setAttribute('href', safeHref(value));
    } else {
      node.setAttribute(name, String(value));
    }
  }
  return append(node, children);
}

/** Appends children: nodes as they are, anything else as text. */
export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Empties a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A hash route inside the UI, or an http(s) URL; anything else becomes "#" (inert). */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#') || text.startsWith('/')) {
    return text.startsWith('//') ? '#' : text;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** A link to a view of the UI: route('article', {id: 'x'}) is "#/article?id=x". */
export function route(view, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') {
      query.set(k, v);
    }
  }
  const q = query.toString();
  return `#/${view}${q ? '?' + q : ''}`;
}

/** A small labelled badge. */
export function badge(text, kind = '') {
  return el('span', {class: `badge ${kind}`.trim()}, text);
}

/** "1 event", "2 events". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

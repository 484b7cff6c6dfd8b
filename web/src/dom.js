// DOM helpers. Text always goes in through textContent / text nodes, never innerHTML,
// so strings from the API (evidence sentences, names) cannot inject markup.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

export const $ = (id) => document.getElementById(id);

export function fmtSigned(n, digits = 1) {
  if (n === undefined || n === null || Number.isNaN(Number(n))) return '–';
  const v = Number(n);
  const s = v.toFixed(digits);
  return v > 0 ? `+${s}` : s.replace('-', '−');
}

export function fmtInt(n) {
  if (n === undefined || n === null) return '–';
  return Number(n).toLocaleString('en-US');
}

// "the United States" -> "United States" for compact labels.
export function shortName(name, code) {
  if (!name) return code || '';
  return name.replace(/^the\s+/i, '');
}

// Small helpers to build the page from plain DOM, so that no text is ever parsed as HTML.

/** An element with attributes (on* are listeners) and children (text or elements). */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A code such as WORKED_ON or field_surveyor, or a name such as dateOfInformation, as words. */
export function label(code) {
  if (code === null || code === undefined) {
    return '—';
  }
  const text = String(code);
  if (/^[A-Z0-9_]+$/.test(text) && text.length <= 4) {
    return text;
  }
  const words = text.includes('_') ? text.toLowerCase().replace(/_/g, ' ')
    : text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const NUMBER = new Intl.NumberFormat('en');

export function number(value, digits = 0) {
  return value === null || value === undefined ? '—'
    : NUMBER.format(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** Square metres as hectares, as mine action reports land. */
export function hectares(squareMetres) {
  return number(squareMetres / 10000, 2);
}

/** A table of rows (objects) under the given columns: [key, heading, format]. */
export function table(caption, columns, rows, attributes = {}) {
  return element('table', attributes,
    element('caption', {}, caption),
    element('thead', {}, element('tr', {}, ...columns.map(([, heading]) => element('th', { scope: 'col' }, heading)))),
    element('tbody', {}, ...rows.map((row) => element('tr', {},
      ...columns.map(([key, , format]) => element('td', { 'data-key': key, 'data-value': row[key] },
        format ? format(row[key]) : label(row[key])))))));
}

/**
 * A tiny element builder: `h('td', {class: 'unit'}, '%')`.
 */

/** Attributes: strings set as attributes, functions as `on…` listeners. */
export type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>

/** A child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false

/**
 * Create an element.
 *
 * @param tag
 *   Tag name.
 * @param attributes
 *   Attributes (`null`, `undefined` and `false` are left out; `onclick` and
 *   friends are listeners).
 * @param children
 *   Children.
 * @returns
 *   The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Array<Child | Array<Child>>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }

  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'number' ? String(child) : child)
  }

  return element
}

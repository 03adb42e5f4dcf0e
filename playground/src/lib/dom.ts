type Child = Node | string | undefined | false

/**
 * Create an element with attributes and children; text is always set as text, never as HTML,
 * because it comes from the documents checked.
 *
 * @example
 *   h('a', {href: '#passage-1'}, 'Show passage')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value)
  }
  for (const child of children) {
    if (child !== undefined && child !== false) element.append(child)
  }
  return element
}

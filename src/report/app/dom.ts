/** Building the DOM by hand: the app has no framework, so the page opens offline and fast. */

export type Child = Node | string | number | null | undefined | false | readonly Child[]

type PropValue = string | number | boolean | null | undefined | ((event: Event) => void)

/** Attributes, plus `class`, `text` (textContent), `style` (cssText) and `on<event>` listeners. */
export type Props = Record<string, PropValue> | null

export function h<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, props?: Props, ...children: Child[]): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag)
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue
      if (typeof value === 'function') {
        if (key.slice(0, 2) === 'on') element.addEventListener(key.slice(2), value)
        continue
      }
      if (key === 'class') element.className = String(value)
      else if (key === 'text') element.textContent = String(value)
      else if (key === 'style') element.style.cssText = String(value)
      else element.setAttribute(key, value === true ? '' : String(value))
    }
  }
  for (const child of children) append(element, child)
  return element
}

export function append(element: Element | DocumentFragment, child: Child): void {
  if (child === undefined || child === null || child === false) return
  if (Array.isArray(child)) (child as readonly Child[]).forEach((item) => append(element, item))
  else element.append(child instanceof Node ? child : String(child))
}

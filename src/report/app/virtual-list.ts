import { h } from './dom'

export interface VirtualListOptions {
  count: number
  rowHeight: number
  maxHeight?: number
  className?: string
  /** The element of row i. */
  render(i: number): HTMLElement
}

export interface VirtualList {
  element: HTMLElement
  /** Renders the rows in view again (after what they show changed). */
  refresh(): void
  scrollToRow(row: number): void
}

/**
 * A scrolling box of `count` rows of `rowHeight` pixels in which only the rows in view (and a
 * few around them) are in the DOM: a suite of thousands of scenarios scrolls like a small one.
 */
export function virtualList(options: VirtualListOptions): VirtualList {
  const { count, rowHeight } = options
  const maxHeight = options.maxHeight || 560
  const outer = h('div', {
    class: 'vlist ' + (options.className || ''),
    role: 'list',
    style: 'height:' + Math.max(rowHeight, Math.min(maxHeight, count * rowHeight)) + 'px'
  })
  const inner = h('div', { class: 'vlist-inner', style: 'height:' + count * rowHeight + 'px' })
  outer.append(inner)
  let first = -1
  let last = -1
  let scheduled = false
  function update(): void {
    scheduled = false
    const view = outer.clientHeight || maxHeight
    const start = Math.max(0, Math.floor(outer.scrollTop / rowHeight) - 8)
    const end = Math.min(count, Math.ceil((outer.scrollTop + view) / rowHeight) + 8)
    if (start === first && end === last) return
    first = start
    last = end
    const fragment = document.createDocumentFragment()
    for (let i = start; i < end; i++) {
      const row = options.render(i)
      row.classList.add('vrow')
      row.setAttribute('role', 'listitem')
      row.style.top = i * rowHeight + 'px'
      row.style.height = rowHeight + 'px'
      fragment.append(row)
    }
    inner.replaceChildren(fragment)
  }
  outer.addEventListener(
    'scroll',
    () => {
      if (!scheduled) {
        scheduled = true
        requestAnimationFrame(update)
      }
    },
    { passive: true }
  )
  // Rows can only be measured once the list is in the document.
  requestAnimationFrame(update)
  update()
  return {
    element: outer,
    refresh: update,
    scrollToRow(row) {
      outer.scrollTop = Math.max(0, row * rowHeight - outer.clientHeight / 3)
      update()
    }
  }
}

import { h } from '../dom'
import type { ViewContext } from '../router'
import { problem } from '../widgets'

export function renderNotFound(context: ViewContext): void {
  context.show(problem('Nothing here: ', h('a', { href: '#/' }, 'back to the overview')))
}

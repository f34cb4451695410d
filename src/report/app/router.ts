import type { Report } from './data'
import { problem } from './widgets'

/** `#/<name>/<rest>?<query>`: the view, what it shows (a path, a `path:line`), its parameters. */
export interface Route {
  name: string
  rest: string
  query: URLSearchParams
}

export interface ViewContext {
  report: Report
  route: Route
  /** Writes the view, unless a later navigation has started since: then it returns false. */
  show(...children: (Node | null | undefined | false)[]): boolean
}

export type View = (context: ViewContext) => void | Promise<void>

/** What the report benchmark reads: how long each view took, and when the page became interactive. */
interface Timings {
  views: { view: string; hash: string; ms: number; at: number }[]
  interactive?: number
}

export function parseRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '')
  const queryStart = hash.indexOf('?')
  const path = queryStart < 0 ? hash : hash.slice(0, queryStart)
  const query = new URLSearchParams(queryStart < 0 ? '' : hash.slice(queryStart + 1))
  const slash = path.indexOf('/')
  const name = slash < 0 ? path : path.slice(0, slash)
  const rest = slash < 0 ? '' : decodeURIComponent(path.slice(slash + 1))
  return { name: name || 'overview', rest, query }
}

export interface RouterOptions {
  report: Report
  /** The element views write into. */
  view: HTMLElement
  views: Record<string, View>
  notFound: View
  /** After each navigation has started its view. */
  navigated(route: Route): void
}

/** Shows the view of the URL's hash now and on every change of it. */
export function startRouter(options: RouterOptions): void {
  const { report, view } = options
  const timings: Timings = { views: [] }
  ;(window as unknown as { specloopTimings: Timings }).specloopTimings = timings
  let renderCount = 0
  function route(): void {
    const current = parseRoute()
    const started = performance.now()
    const render = options.views[current.name] || options.notFound
    const ticket = ++renderCount
    const context: ViewContext = {
      report,
      route: current,
      show(...children) {
        if (ticket !== renderCount) return false
        view.replaceChildren(...children.filter((child): child is Node => Boolean(child)))
        return true
      }
    }
    view.setAttribute('aria-busy', 'true')
    Promise.resolve(render(context))
      .catch((error: Error) => {
        if (ticket === renderCount) view.replaceChildren(problem('This part of the report could not be shown: ' + error.message))
      })
      .then(() => {
        if (ticket !== renderCount) return
        view.removeAttribute('aria-busy')
        document.body.dataset.view = current.name
        timings.views.push({ view: current.name, hash: location.hash, ms: performance.now() - started, at: performance.now() })
        if (timings.interactive === undefined) {
          timings.interactive = performance.now()
          document.documentElement.dataset.ready = 'true'
        }
      })
    options.navigated(current)
  }
  window.addEventListener('hashchange', route)
  route()
}

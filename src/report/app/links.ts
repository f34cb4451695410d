/** The app's URLs: everything is in the hash (`#/feature/<uri>`, `#/search?q=…`), so any page is a link. */

const encodePath = (value: string): string => encodeURI(value).replace(/\?/g, '%3F').replace(/#/g, '%23')

export const featureHash = (uri: string): string => '#/feature/' + encodePath(uri)
export const scenarioHash = (uri: string, line: number): string => '#/scenario/' + encodePath(uri) + ':' + line
export const sourceHash = (path: string, line?: number): string => '#/source/' + encodePath(path) + (line ? ':' + line : '')

export interface SearchQuery {
  q?: string | null
  tags?: string | null
  status?: string | null
}

export function searchHash(query: SearchQuery): string {
  const parameters = new URLSearchParams()
  if (query.q) parameters.set('q', query.q)
  if (query.tags) parameters.set('tags', query.tags)
  if (query.status) parameters.set('status', query.status)
  return '#/search?' + parameters.toString()
}

/** "steps/cart.steps.js:6" → its path and line; a value without a line number is all path. */
export function splitLocation(value: string): { path: string; line?: number } {
  const colon = value.lastIndexOf(':')
  if (colon < 0 || !/^\d+$/.test(value.slice(colon + 1))) return { path: value }
  return { path: value.slice(0, colon), line: Number(value.slice(colon + 1)) }
}

/** `path:line` of a route, found in `indexByPath`; a path with a colon in it is tried whole. */
export function locate(rest: string, indexByPath: Map<string, number>): { index?: number; line?: number } {
  let where = splitLocation(rest)
  let index = indexByPath.get(where.path)
  if (index === undefined) {
    index = indexByPath.get(rest)
    where = { path: rest }
  }
  return { index, line: where.line }
}

/**
 * User-facing problems are values, not exceptions: a stable code, where it happened,
 * what was expected and what to do. The CLI decides how to print them.
 */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
}

export interface SpecloopError {
  code: string
  message: string
  file?: string
  line?: number
  column?: number
  hint?: string
}

/** Thrown (rarely) across async boundaries to carry a SpecloopError to the API edge. */
export class SpecloopFailure extends Error {
  constructor(readonly error: SpecloopError) {
    super(error.message)
    this.name = 'SpecloopFailure'
  }
}

export function specloopError(
  code: string,
  message: string,
  location: Partial<SourceLocation> = {},
  hint?: string
): SpecloopError {
  const error: SpecloopError = { code, message }
  if (location.file !== undefined) error.file = location.file
  if (location.line !== undefined) error.line = location.line
  if (location.column !== undefined) error.column = location.column
  if (hint !== undefined) error.hint = hint
  return error
}

/** `file:line:col: message` — the shape editors and terminals turn into links. */
export function formatLocation(location: Partial<SourceLocation>): string {
  if (location.file === undefined) return ''
  let text = location.file
  if (location.line !== undefined) {
    text += `:${location.line}`
    if (location.column !== undefined) text += `:${location.column}`
  }
  return text
}

export function formatError(error: SpecloopError): string {
  const where = formatLocation(error)
  const head = where ? `${where}: ${error.message}` : error.message
  return error.hint ? `${head} (${error.hint})` : head
}

export function compareLocations(a: Partial<SourceLocation>, b: Partial<SourceLocation>): number {
  const byFile = (a.file ?? '').localeCompare(b.file ?? '')
  if (byFile !== 0) return byFile
  const byLine = (a.line ?? 0) - (b.line ?? 0)
  if (byLine !== 0) return byLine
  return (a.column ?? 0) - (b.column ?? 0)
}

/** The message of anything thrown, without its stack. */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message
  return String(thrown)
}

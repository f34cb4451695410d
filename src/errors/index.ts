/**
 * User-facing problems are values, not exceptions: a stable code, where it happened,
 * what was expected and what to do. The CLI decides how to print them.
 */
import { jsonErrorLocation } from './json-location'

export interface SourceLocation {
  file: string
  line?: number
  column?: number
}

/** Every code specloop reports: stable, so scripts and CI can match on them. */
export type ErrorCode =
  | 'AFFECTED_GIT'
  | 'CASSETTE_INVALID'
  | 'CASSETTE_MISSING'
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_SECRET'
  | 'COVERAGE_REPORT'
  | 'CUCUMBER_INCOMPATIBLE'
  | 'CUCUMBER_MISSING'
  | 'FEATURE_EMPTY'
  | 'KEYWORD_TYPO'
  | 'SCENARIO_EMPTY'
  | 'STEPS_MISTYPED'
  | 'FEATURE_TOO_LARGE'
  | 'FILE_ENCODING'
  | 'FILE_UNREADABLE'
  | 'GENERATE_EXPRESSION'
  | 'GENERATE_HAND_WRITTEN_STEP'
  | 'GENERATE_PROVENANCE_SOURCES'
  | 'GENERATE_WRITE'
  | 'EXAMPLES_CELL_EMPTY'
  | 'GHERKIN_PARSE'
  | 'INIT_NOT_DIRECTORY'
  | 'INIT_WRITE'
  | 'INSTRUMENT'
  | 'MODEL_BASE_URL'
  | 'MODEL_ENDPOINT_REFUSED'
  | 'MODEL_ERROR'
  | 'MODEL_HTTP_ERROR'
  | 'MODEL_KEY_MISSING'
  | 'MODEL_NOT_SET'
  | 'MODEL_SDK_MISSING'
  | 'MODEL_TIMEOUT'
  | 'MODEL_TIME_LIMIT'
  | 'MODEL_UNREACHABLE'
  | 'NOT_TRACED'
  | 'NO_FEATURES'
  | 'PARSE_ERROR'
  | 'PLACEHOLDER_UNKNOWN'
  | 'PATHS_INVALID'
  | 'PROJECT_NOT_DIRECTORY'
  | 'PROJECT_NOT_FOUND'
  | 'REPLAY_NOT_RECORDED'
  | 'REPORT_BAD_MESSAGES'
  | 'REPORT_BAD_TRACE'
  | 'REPORT_FORMAT_UNKNOWN'
  | 'REPORT_HISTORY'
  | 'REPORT_NO_MESSAGES'
  | 'REPORT_NO_RUN'
  | 'REPORT_NO_SPECIFICATION'
  | 'REPORT_NO_TRACE'
  | 'REPORT_OUT_NOT_OURS'
  | 'REPORT_TRACE_MISMATCH'
  | 'REPORT_WRITE_FAILED'
  | 'RUN_CRASHED'
  | 'RUN_FAILED'
  | 'STEP_TOO_LONG'
  | 'STEP_TOO_MANY_VALUES'
  | 'STRENGTH_BUDGET'
  | 'STRENGTH_LOW_SCORE'
  | 'STRENGTH_NOT_TRACED'
  | 'STRENGTH_SUITE_FAILS'
  | 'STRENGTH_SURVIVOR'
  | 'SANDBOX_LINK'
  | 'SANDBOX_NETWORK'
  | 'SANDBOX_PARALLEL'
  | 'GENERATED_NOT_LOADED'
  | 'WORDS_AGAINST_ROWS'
  | 'SUPPORT_INVALID'
  | 'SUPPORT_LOAD'
  | 'SUPPORT_LOADER'
  | 'SUPPORT_MODULE'
  | 'TRACE_BAD_LINE'
  | 'TRACE_MISSING'
  | 'TRACE_NO_SCENARIO'
  | 'TRACE_UNKNOWN_FILE'
  | 'TRACE_USAGE'
  | 'USAGE'
  | 'LEDGER_BROKEN'
  | 'LEDGER_ANCHOR'
  | 'LEDGER_LEGACY'
  | 'GENERATE_MISSING_DEPENDENCY'
  | 'WATCH_SYNTAX'
  | 'SHARD_INVALID'
  | 'MERGE_USAGE'
  | 'MERGE_RUN_UNREADABLE'
  | 'MERGE_MISMATCH'
  | 'MERGE_DUPLICATE_SHARD'
  | 'MERGE_OVERLAP'
  | 'MERGE_OUT_EXISTS'
  | 'MERGE_WRITE'
  | 'LOCK_INVALID'
  | 'LOCK_NOT_ON_LEDGER'
  | 'APPROVE_REFUSED'
  | 'APPROVE_NO_SCENARIO'
  | 'APPROVED_AS_ANOTHER'
  | 'APPROVE_NO_FEATURE'
  | 'GATE_UNAPPROVED'
  | 'GATE_STALE'
  | 'GATE_ORPHANED'
  | 'GATE_UNCONFIRMED'
  | 'GATE_UNIMPLEMENTED'
  | 'GATE_NO_RUN'
  | 'GATE_RUN_OUTDATED'
  | 'GATE_FAILED'
  | 'GATE_HOLLOW'
  | 'GATE_COVERAGE'
  | 'GATE_STRENGTH'
  | 'GATE_SECURITY'
  | 'GATE_DEPENDENCY'
  | 'GATE_TYPE'
  | 'GATE_LINT'
  | 'GATE_AUDIT'
  | 'GATE_AUDIT_UNAVAILABLE'
  | 'GATE_SBOM'
  | 'STAGE_UNAPPROVED'
  | 'STAGE_STALE'
  | 'STAGE_PROMOTE_RUN'
  | 'STAGE_PROMOTE_APPROVAL'
  | 'TEMPLATE_UNKNOWN'
  | 'TEMPLATE_INVALID'
  | 'NEW_BAD_NAME'
  | 'NEW_FEATURE_EXISTS'
  | 'NEW_USAGE'
  | 'synthesis/no-rule'
  | 'synthesis/no-inputs'
  | 'synthesis/no-outputs'
  | 'synthesis/invalid-example'
  | 'synthesis/contradiction'
  | 'synthesis/too-few-examples'
  | 'MODEL_ROW_LOOKUP'
  | 'MODEL_SKELETON_CHANGED'
  | 'MODEL_AMBIGUOUS'
  | 'MODEL_PROBE'

export interface SpecloopError {
  code: ErrorCode
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

export function specloopError(code: ErrorCode, message: string, location: Partial<SourceLocation> = {}, hint?: string): SpecloopError {
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

// eslint-disable-next-line no-control-regex -- control characters are what this replaces
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Text with its control characters written as `\x1b`: a message may quote a binary file's
 * bytes (a parser's "Unexpected character"), and those must not reach, or drive, the terminal.
 * Tabs and line feeds stay.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTER, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

export function formatError(error: SpecloopError): string {
  const where = formatLocation(error)
  const head = where ? `${where}: ${error.message}` : error.message
  return printable(error.hint ? `${head} (${error.hint})` : head)
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
/**
 * JSON.parse, its failure a located error (where the text stops being JSON): `describe` turns
 * the parser's message into the error's.
 */
export function parseJson(
  text: string,
  file: string,
  code: ErrorCode,
  describe: (message: string) => string,
  hint?: string
): { value: unknown; error?: undefined } | { value?: undefined; error: SpecloopError } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (thrown) {
    const message = messageOf(thrown)
    return { error: specloopError(code, describe(message), { file, ...jsonErrorLocation(text, message) }, hint) }
  }
}

export { exitCodeOf, worstExitCode } from './exit-code'
export type { ExitCode } from './exit-code'
export { jsonErrorLocation, lineAndColumn } from './json-location'

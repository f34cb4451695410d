import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { exitCodeOf, ExitCode, SpecloopError, specloopError, messageOf, parseJson } from '../errors'
import {
  buildReportModel,
  foldMessages,
  isReportFormat,
  parseHistory,
  REPORT_FORMAT_NAMES,
  REPORT_FORMATS,
  serialiseHistory
} from '../report'
import type { ApprovalInputs, ReportFormat, ReportModel, SiteFile } from '../report'
import { loadGovernedProject, statusOf } from './governance'
import { metrics } from './metrics'
import { LOCK_FILE } from '../governance'
import { readStrengthRecord } from '../strength'
import { TRACE_FORMAT_VERSION, Trace } from '../trace'
import { HISTORY_PATH, LATEST_RUN_DIRECTORY, messagesFileOf, startsWithProvenance, traceFileOf, writeFileAtomic } from '../workspace'
import { projectSecrets, redact } from '../redaction'
import { readLedgerState } from '../ledger'

export type { ReportFormat } from '../report'
export { REPORT_FORMATS, REPORT_FORMAT_NAMES, isReportFormat } from '../report'

export interface ReportOptions {
  /** The project: where `.specloop/` is and what paths are relative to. */
  cwd: string
  /** A Cucumber Messages stream (NDJSON). Default: the latest run, `.specloop/runs/latest/messages.ndjson`. */
  from?: string
  /** The run's trace. Default: `trace.json` beside the messages, when there is one. */
  trace?: string
  format: ReportFormat
  /** Where the report goes: the site's directory for html (default `reports`), the directory of `summary.md` / `junit.xml` otherwise. */
  outDir?: string
  /** For markdown and junit: the file to write, or `-` to return the text without writing. */
  outFile?: string
  title?: string
  /** Keep this run in `.specloop/history.jsonl` for the trend chart (default true). */
  recordHistory?: boolean
  now?: Date
  /** The cucumber profiles and configuration the specs are read with, for the approvals section. */
  profiles?: string[]
  configFile?: string
  env?: NodeJS.ProcessEnv
}

export interface ReportResult {
  format: ReportFormat
  messagesFile?: string
  traceFile?: string
  /** The report's entry point: `index.html`, or the markdown/JUnit file. Absent when `outFile` is `-`. */
  output?: string
  /** The markdown or JUnit text, when `outFile` is `-`. */
  content?: string
  files: number
  bytes: number
  runId?: string
  counts?: ReportModel['counts']
  /** What stopped the report (no run, a bad trace, an output directory that is not the report's, a failed write). */
  errors: SpecloopError[]
  /** Worth telling: a trace from another run, a history that could not be updated. */
  warnings: SpecloopError[]
  exitCode: ExitCode
}

const DEFAULT_OUT_DIR = 'reports'
/** The entries of the output directory the site owns (anything else there is left alone). */
const SITE_ENTRIES = ['index.html', 'assets', 'data', 'attachments']
const CODE_ROOTS = ['generated', 'steps', 'src']
/** How a report's index.html says it is one. */
const GENERATOR_META = '<meta name="generator" content="specloop">'
const CODE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/

/** Builds the report of a run: reads the run, renders, writes. Problems come back as `error`. */
/**
 * The approvals section: the specs as they are now against specs.lock. A project that approves
 * nothing (no specs.lock) pays nothing for it: reading every feature again is work the report of
 * a large suite should not do for a section that would only say "not approved". A report of a
 * messages file outside a project, or of specs that cannot be read, has none either.
 */
async function approvalsOf(options: ReportOptions, cwd: string): Promise<ApprovalInputs | undefined> {
  if (!fs.existsSync(path.join(cwd, LOCK_FILE))) return undefined
  const loaded = await loadGovernedProject({ cwd, env: options.env, profiles: options.profiles, configFile: options.configFile })
  if (loaded.error) return undefined
  const status = statusOf(loaded.governed)
  return {
    lockExists: status.lockExists,
    approverRules: status.approverRules,
    scenarios: status.scenarios.map(({ uri, key, line, state, approval }) => ({
      uri,
      key,
      state,
      ...(line !== undefined ? { line } : {}),
      ...(approval ? { approval } : {})
    }))
  }
}

export async function report(options: ReportOptions): Promise<ReportResult> {
  const result: ReportResult = { format: options.format, files: 0, bytes: 0, errors: [], warnings: [], exitCode: 0 }
  const error = await writeReport(options, result)
  if (error) result.errors.push(error)
  result.exitCode = exitCodeOf({ couldNotRun: result.errors.length, problems: false })
  return result
}

/**
 * The report in its format: a site published into the output directory (refused when that holds
 * what specloop did not write), or one file (or its text, with `-`). Throws when a write fails.
 */
function renderReport(
  options: ReportOptions,
  cwd: string,
  model: ReportModel,
  secrets: ReturnType<typeof projectSecrets>,
  result: ReportResult
): SpecloopError | undefined {
  const format = REPORT_FORMATS[options.format]
  if (format.kind === 'site') {
    const outDir = path.resolve(cwd, options.outDir ?? DEFAULT_OUT_DIR)
    const foreign = foreignEntry(outDir)
    if (foreign) {
      return specloopError(
        'REPORT_OUT_NOT_OURS',
        `${path.relative(cwd, foreign) || foreign} exists and was not written by specloop report: nothing was written`,
        {},
        'choose another --out directory'
      )
    }
    const files = format
      .render(model)
      .map((file) => (typeof file.content === 'string' ? { ...file, content: redact(file.content, secrets) } : file))
    publishSite(outDir, files)
    result.output = path.join(outDir, 'index.html')
    result.files = files.length
    result.bytes = files.reduce(
      (sum, file) => sum + (typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length),
      0
    )
    return undefined
  }
  const content = redact(
    format.render(model, () => fs.readFileSync(result.messagesFile!, 'utf8')),
    secrets
  )
  if (options.outFile === '-') result.content = content
  else {
    const target = options.outFile
      ? path.resolve(cwd, options.outFile)
      : path.join(path.resolve(cwd, options.outDir ?? DEFAULT_OUT_DIR), format.fileName)
    writeFileAtomic(target, content)
    result.output = target
    result.files = 1
  }
  result.bytes = Buffer.byteLength(content)
  return undefined
}

/** The run's trace: `--trace FILE`, else the one beside the messages when there is one (a report without a trace has no lines). */
function traceBeside(options: ReportOptions, cwd: string, messagesFile: string): { trace?: Trace; file: string; error?: SpecloopError } {
  const file = options.trace ? path.resolve(cwd, options.trace) : traceFileOf(path.dirname(messagesFile))
  if (!options.trace && !fs.existsSync(file)) return { file }
  const read = readTrace(file, path.relative(cwd, file) || file)
  return read.error ? { file, error: read.error } : { file, trace: read.trace }
}

/** Writes the report, filling in `result`; what stopped it, if anything, is returned. */
async function writeReport(options: ReportOptions, result: ReportResult): Promise<SpecloopError | undefined> {
  if (!isReportFormat(options.format)) {
    return specloopError(
      'REPORT_FORMAT_UNKNOWN',
      `unknown report format: ${String(options.format)}`,
      {},
      `use one of: ${REPORT_FORMAT_NAMES.join(', ')}`
    )
  }
  const cwd = path.resolve(options.cwd)
  const messagesFile = path.resolve(cwd, options.from ?? messagesFileOf(LATEST_RUN_DIRECTORY))
  result.messagesFile = messagesFile
  if (!fs.existsSync(messagesFile)) return noMessagesError(options, cwd, messagesFile)
  const displayName = path.relative(cwd, messagesFile) || messagesFile
  // The bytes: the reader decodes them a chunk at a time, never the whole run as one string.
  const collected = foldMessages(fs.readFileSync(messagesFile), displayName)
  if (collected.error) return collected.error

  const traced = traceBeside(options, cwd, messagesFile)
  if (traced.error) return traced.error
  const { trace } = traced
  if (trace) result.traceFile = traced.file

  const historyPath = path.join(cwd, HISTORY_PATH)
  const model = await reportModelOf(options, cwd, collected.run, trace, historyPath)
  result.warnings.push(...model.warnings.map((warning) => specloopError('REPORT_TRACE_MISMATCH', warning)))
  result.runId = model.run.id
  result.counts = model.counts

  // A secret a scenario printed or attached (from a dotenv file, say) stays out of the report.
  const secrets = projectSecrets(cwd, options.env ?? process.env)
  try {
    const refused = renderReport(options, cwd, model, secrets, result)
    if (refused) return refused
  } catch (thrown) {
    return specloopError('REPORT_WRITE_FAILED', `could not write the report: ${messageOf(thrown)}`, {
      file: options.outFile ?? options.outDir ?? DEFAULT_OUT_DIR
    })
  }

  if (options.recordHistory !== false) recordHistory(historyPath, model.history, result)
  return undefined
}

/** The report's model of the run, with what the project records beside it: ledger, approvals, history, strength, metrics. */
async function reportModelOf(
  options: ReportOptions,
  cwd: string,
  run: Parameters<typeof buildReportModel>[0]['run'],
  trace: Trace | undefined,
  historyPath: string
): Promise<ReportModel> {
  const ledger = readLedgerState(cwd)
  const previousHistory = fs.existsSync(historyPath) ? parseHistory(fs.readFileSync(historyPath, 'utf8')) : []
  const model = buildReportModel({
    run,
    trace,
    codeFiles: readCodeFiles(cwd, trace),
    currentSpec: (uri) => readTextOrUndefined(path.join(cwd, uri)),
    ledger: ledger.exists ? { entries: ledger.entries, verification: ledger.verification } : undefined,
    approvals: await approvalsOf(options, cwd),
    history: previousHistory,
    strength: readStrengthRecord(cwd),
    now: options.now ?? new Date(),
    title: options.title
  })
  model.metrics = metrics({ cwd, now: options.now }).metrics
  return model
}

/** The messages file to report is missing: the one given, or the latest run's (no run yet). */
function noMessagesError(options: ReportOptions, cwd: string, messagesFile: string): SpecloopError {
  return options.from
    ? specloopError(
        'REPORT_NO_MESSAGES',
        `no such file: ${options.from}`,
        {},
        'pass a Cucumber Messages file, e.g. one written by `cucumber-js --format message:messages.ndjson`'
      )
    : specloopError(
        'REPORT_NO_RUN',
        `no run to report: ${path.relative(cwd, messagesFile)} does not exist`,
        {},
        'run `specloop verify` first, or pass --from FILE.ndjson'
      )
}

/** The history with this run added, for the next report's trend; a failure to write it is a warning: the report stands. */
function recordHistory(historyPath: string, history: ReportModel['history'], result: ReportResult): void {
  try {
    writeFileAtomic(historyPath, serialiseHistory(history))
  } catch (thrown) {
    result.warnings.push(specloopError('REPORT_HISTORY', `could not update ${HISTORY_PATH}: ${messageOf(thrown)}`))
  }
}

/** 1-based line and column of a character offset. */
function readTrace(file: string, displayName: string): { trace: Trace; error?: undefined } | { trace?: undefined; error: SpecloopError } {
  if (!fs.existsSync(file)) return { error: specloopError('REPORT_NO_TRACE', `no such file: ${displayName}`) }
  const text = fs.readFileSync(file, 'utf8')
  const parsed = parseJson(
    text,
    displayName,
    'REPORT_BAD_TRACE',
    (message) => `not a trace: ${message}`,
    'a trace is the trace.json that `specloop verify` writes'
  )
  if (parsed.error) return { error: parsed.error }
  const trace = parsed.value as Partial<Trace> | null
  if (
    !trace ||
    typeof trace !== 'object' ||
    trace.version !== TRACE_FORMAT_VERSION ||
    !Array.isArray(trace.scenarios) ||
    !Array.isArray(trace.files)
  ) {
    return {
      error: specloopError(
        'REPORT_BAD_TRACE',
        `not a trace of format version ${TRACE_FORMAT_VERSION} (expected "version", "scenarios" and "files")`,
        { file: displayName, line: 1, column: 1 },
        'a trace is the trace.json that `specloop verify` writes'
      )
    }
  }
  return { trace: trace as Trace }
}

function readTextOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The code the report shows: the trace's files, and every file that carries a provenance header. */
function readCodeFiles(cwd: string, trace: Trace | undefined): Map<string, string> {
  const files = new Map<string, string>()
  const read = (relative: string): void => {
    if (files.has(relative)) return
    try {
      files.set(relative, fs.readFileSync(path.join(cwd, relative), 'utf8'))
    } catch {
      // A file of the trace that is gone: the report says it could not be read.
    }
  }
  for (const file of trace?.files ?? []) read(file.path)
  for (const root of CODE_ROOTS) {
    for (const relative of listCodeFiles(cwd, root))
      if (!files.has(relative) && hasProvenanceHeader(path.join(cwd, relative))) read(relative)
  }
  return files
}

function listCodeFiles(cwd: string, root: string, limit = 10_000): string[] {
  const found: string[] = []
  const visit = (relative: string): void => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(cwd, relative), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (found.length >= limit) return
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const child = `${relative}/${entry.name}`
      if (entry.isDirectory()) visit(child)
      else if (entry.isFile() && CODE_FILE.test(entry.name)) found.push(child)
    }
  }
  visit(root)
  return found
}

/** Reads only the start of a file: the header is its second line. */
function hasProvenanceHeader(file: string): boolean {
  let handle: number | undefined
  try {
    handle = fs.openSync(file, 'r')
    const buffer = Buffer.alloc(1024)
    const length = fs.readSync(handle, buffer, 0, buffer.length, 0)
    return startsWithProvenance(buffer.subarray(0, length).toString('utf8'))
  } catch {
    return false
  } finally {
    if (handle !== undefined) fs.closeSync(handle)
  }
}

/**
 * The first entry of the site's names in `outDir` that an earlier report did not write. A
 * directory holds a report when its index.html says specloop generated it; only then are its
 * assets/, data/ and attachments/ replaced.
 */
function foreignEntry(outDir: string): string | undefined {
  const index = path.join(outDir, 'index.html')
  if (fs.existsSync(index) && fs.readFileSync(index, 'utf8').includes(GENERATOR_META)) return undefined
  return SITE_ENTRIES.map((entry) => path.join(outDir, entry)).find((entry) => fs.existsSync(entry))
}

/**
 * Writes the site so a reader never sees half of it: everything goes to a staging directory
 * first, then each of the site's entries is swapped in, index.html last. Other files in the
 * output directory are left alone.
 */
function publishSite(outDir: string, files: SiteFile[]): void {
  fs.mkdirSync(outDir, { recursive: true })
  const suffix = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`
  const staging = path.join(outDir, `.staging-${suffix}`)
  const retired = path.join(outDir, `.retired-${suffix}`)
  try {
    const directories = new Set<string>()
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'))
      const directory = path.dirname(target)
      if (!directories.has(directory)) {
        fs.mkdirSync(directory, { recursive: true })
        directories.add(directory)
      }
      fs.writeFileSync(target, file.content)
    }
    fs.mkdirSync(retired)
    for (const entry of SITE_ENTRIES) {
      if (entry === 'index.html') continue
      const current = path.join(outDir, entry)
      if (fs.existsSync(current)) fs.renameSync(current, path.join(retired, entry))
      const next = path.join(staging, entry)
      if (fs.existsSync(next)) fs.renameSync(next, current)
    }
    fs.renameSync(path.join(staging, 'index.html'), path.join(outDir, 'index.html'))
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(retired, { recursive: true, force: true })
  }
}
export { formatCountSummary } from '../report'

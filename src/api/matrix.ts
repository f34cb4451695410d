import fs from 'node:fs'
import path from 'node:path'
import { ExitCode, SpecloopError, specloopError } from '../errors'
import { buildMatrix, MATRIX_ENVELOPES, MatrixRow, stepDefinitionCollector } from '../governance'
import { readMessageFile } from '../messages'
import type { ProjectOptions } from '../project'
import { readTrace } from '../trace'
import { latestRunDirectory, messagesFileOf, readGeneratedFiles, runDirectoryOf } from '../workspace'
import type { Provenance } from '../workspace'
import { loadGovernedProject } from './governance'

export interface MatrixOptions extends ProjectOptions {
  /** A run id; the latest run by default. */
  run?: string
}

export interface MatrixResult {
  runId?: string
  rows: MatrixRow[]
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/** Every envelope type but those the matrix reads, so the reader skips them unparsed. */
const SKIPPED = [
  'meta',
  'source',
  'gherkinDocument',
  'pickle',
  'hook',
  'parameterType',
  'undefinedParameterType',
  'testRunStarted',
  'testCaseStarted',
  'testStepStarted',
  'testStepFinished',
  'testCaseFinished',
  'attachment',
  'externalAttachment',
  'testRunHookStarted',
  'testRunHookFinished',
  'testRunFinished',
  'suggestion',
  'parseError'
]
  .filter((type) => !(MATRIX_ENVELOPES as readonly string[]).includes(type))
  .map((type) => `{"${type}"`)

/** `specloop trace --matrix`: requirement → approval → step definitions → generated files → lines → last result. */
export async function traceMatrix(options: MatrixOptions): Promise<MatrixResult> {
  const loaded = await loadGovernedProject(options)
  if (loaded.error) return { rows: [], errors: [loaded.error], warnings: [], exitCode: 2 }
  const { specification, fingerprints, lock } = loaded.governed
  const cwd = specification.project.cwd
  const runDirectory = options.run ? runDirectoryOf(cwd, options.run) : latestRunDirectory(cwd)
  const read = readTrace(runDirectory)
  if (read.error !== undefined) {
    const message =
      read.error === 'missing'
        ? `no trace in ${path.relative(cwd, runDirectory) || '.'}`
        : `the trace in ${path.relative(cwd, runDirectory)} is not a specloop trace this version can read`
    return { rows: [], errors: [specloopError('TRACE_MISSING', message, {}, 'run `specloop verify` first')], warnings: [], exitCode: 2 }
  }
  const collector = stepDefinitionCollector()
  const messagesFile = messagesFileOf(runDirectory)
  if (fs.existsSync(messagesFile)) await readMessageFile(messagesFile, collector.visit, { skipPrefixes: SKIPPED, tolerateMalformed: true })
  const provenance = new Map<string, Provenance>(readGeneratedFiles(cwd).map((file) => [file.path, file.provenance!]))
  const rows = buildMatrix({ trace: read.trace, stepDefinitions: collector.byPickle, features: fingerprints, lock, provenance })
  return { runId: read.trace.runId, rows, errors: [], warnings: [], exitCode: 0 }
}

import fs from 'node:fs'
import path from 'node:path'
import { entriesOf } from './directory'
import crypto from 'node:crypto'
import { compiler } from '../compiler'
import { temporaryPathBeside } from '../workspace'
import type { FileCoverageData } from 'istanbul-lib-coverage'

/**
 * Instrumentation of the project's TypeScript, done in specloop's process so the cucumber
 * process never loads the TypeScript compiler (it costs seconds, and under the permission
 * model the inspector, V8's own coverage, is refused: counters in plain JavaScript are not).
 *
 * Order matters: istanbul instruments the *TypeScript* (babel parses it), so every counter's
 * location is a line of the .ts file itself and needs no remapping; then TypeScript strips
 * the types; the two source maps are composed so stack traces still point at the .ts lines.
 */
export const COVERAGE_VARIABLE = '__specloop_coverage__'

/** Bumped when the instrumented output changes shape, so stale cache entries are not reused. */
const INSTRUMENTATION_VERSION = '1'

export interface CoverageMaps {
  statementMap: FileCoverageData['statementMap']
  fnMap: FileCoverageData['fnMap']
  branchMap: FileCoverageData['branchMap']
}

export interface InstrumentedSource {
  /** CommonJS with an inline source map back to the TypeScript. */
  code: string
  maps: CoverageMaps
}

interface Instrumenter {
  instrumentSync(code: string, filename: string): string
  lastFileCoverage(): FileCoverageData
  lastSourceMap(): unknown
}

let instrumenter: Instrumenter | undefined

// Loaded on first use: a run whose instrumented files are all cached never loads babel or tsc.
function loadInstrumenter(): Instrumenter {
  if (!instrumenter) {
    const { createInstrumenter } = require('istanbul-lib-instrument') as { createInstrumenter(options: object): Instrumenter }
    instrumenter = createInstrumenter({
      coverageVariable: COVERAGE_VARIABLE,
      esModules: true,
      produceSourceMap: true,
      compact: true,
      parserPlugins: ['typescript', 'decorators-legacy', 'classProperties', 'classPrivateProperties', 'classPrivateMethods', 'topLevelAwait']
    })
  }
  return instrumenter
}


/**
 * tsconfig.json is JSON with comments and trailing commas. Parsed without the compiler when
 * possible: loading TypeScript costs a fifth of a second, and a warm run needs nothing else from it.
 */
export function parseJsonWithComments(text: string): unknown {
  let output = ''
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '"') {
      const start = index
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++
      output += text.slice(start, index + 1)
    } else if (character === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++
      output += '\n'
    } else if (character === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2)
      index = end < 0 ? text.length : end + 1
    } else output += character
  }
  return JSON.parse(output.replace(/,(\s*[}\]])/g, '$1'))
}

type TsconfigJson = { extends?: string | string[]; compilerOptions?: Record<string, unknown> }

function readTsconfigJson(configPath: string): TsconfigJson | undefined {
  try {
    return parseJsonWithComments(fs.readFileSync(configPath, 'utf8')) as TsconfigJson
  } catch {
    const ts = compiler()
    const read = ts.readConfigFile(configPath, ts.sys.readFile)
    return read.error ? undefined : (read.config as TsconfigJson)
  }
}

/** Where an `extends` entry points, the way tsc resolves it: a path, or a package's JSON file. */
function resolveExtends(specifier: string, fromDirectory: string): string | undefined {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const file = path.resolve(fromDirectory, specifier)
    return [file, `${file}.json`].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())
  }
  for (const candidate of [specifier, `${specifier}.json`, `${specifier}/tsconfig.json`]) {
    try {
      return require.resolve(candidate, { paths: [fromDirectory] })
    } catch {
      // Try the next spelling.
    }
  }
  return undefined
}

/** The tsconfig files a project's tsconfig.json extends, directly or not (not itself). */
export function tsconfigBases(projectDirectory: string): string[] {
  const configPath = path.join(projectDirectory, 'tsconfig.json')
  const seen = new Set<string>()
  if (fs.existsSync(configPath)) mergedCompilerOptions(configPath, seen)
  seen.delete(configPath)
  return [...seen]
}

/** compilerOptions of a tsconfig and everything it extends, bases first (later ones win). */
function mergedCompilerOptions(configPath: string, seen: Set<string>): Record<string, unknown> {
  if (seen.has(configPath)) return {}
  seen.add(configPath)
  const config = readTsconfigJson(configPath)
  if (!config) return {}
  const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends]
  let options: Record<string, unknown> = {}
  for (const base of bases) {
    const basePath = typeof base === 'string' ? resolveExtends(base, path.dirname(configPath)) : undefined
    if (basePath) options = { ...options, ...mergedCompilerOptions(basePath, seen) }
  }
  return { ...options, ...(config.compilerOptions ?? {}) }
}

/** What `tsc` would do with the project's tsconfig (its own and its bases' compilerOptions), forced to CommonJS later. */
export function compilerOptionsFor(projectDirectory: string): Record<string, unknown> {
  return { target: 'ES2022', esModuleInterop: true, ...projectCompilerOptions(projectDirectory) }
}

/** The compilerOptions the project's tsconfig.json sets, itself or through `extends`; none without one. */
export function projectCompilerOptions(projectDirectory: string): Record<string, unknown> {
  const configPath = path.join(projectDirectory, 'tsconfig.json')
  return fs.existsSync(configPath) ? mergedCompilerOptions(configPath, new Set()) : {}
}

export function instrumentTypescript(source: string, absolutePath: string, compilerOptions: Record<string, unknown>): InstrumentedSource {
  const ts = compiler()
  const remapping = require('@jridgewell/remapping') as (maps: unknown[], loader: () => null) => { toString(): string }
  const instrument = loadInstrumenter()
  const instrumented = instrument.instrumentSync(source, absolutePath)
  const coverage = instrument.lastFileCoverage()
  const instrumentMap = instrument.lastSourceMap()
  const converted = ts.convertCompilerOptionsFromJson(compilerOptions, path.dirname(absolutePath)).options
  const output = ts.transpileModule(instrumented, {
    fileName: absolutePath,
    compilerOptions: {
      ...converted,
      module: ts.ModuleKind.CommonJS,
      sourceMap: true,
      inlineSourceMap: false,
      inlineSources: false,
      declaration: false,
      noEmit: false,
      outDir: undefined,
      rootDir: undefined
    }
  })
  const composed = JSON.parse(remapping([JSON.parse(output.sourceMapText ?? '{}'), instrumentMap], () => null).toString()) as { sources: string[] }
  composed.sources = [absolutePath]
  const code = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '') +
    `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(composed)).toString('base64')}\n`
  return { code, maps: { statementMap: coverage.statementMap, fnMap: coverage.fnMap, branchMap: coverage.branchMap } }
}

export interface InstrumentedFile {
  /** Absolute path of the TypeScript source. */
  sourcePath: string
  sha256: string
  /** Absolute path of the instrumented JavaScript in the cache. */
  codePath: string
  maps: CoverageMaps
}

/**
 * Instruments one file through a content-addressed cache (`.specloop/cache/instrumented/`):
 * only files that changed since the last run pay for babel and tsc.
 */
export function instrumentCached(sourcePath: string, cacheDirectory: string, compilerOptions: Record<string, unknown>): InstrumentedFile {
  const source = fs.readFileSync(sourcePath, 'utf8')
  const sha256 = crypto.createHash('sha256').update(source).digest('hex')
  const key = crypto
    .createHash('sha256')
    .update(`${INSTRUMENTATION_VERSION}\0${sourcePath}\0${JSON.stringify(compilerOptions)}\0${sha256}`)
    .digest('hex')
    .slice(0, 32)
  const codePath = path.join(cacheDirectory, `${key}.js`)
  const mapsPath = path.join(cacheDirectory, `${key}.json`)
  if (fs.existsSync(codePath) && fs.existsSync(mapsPath)) {
    try {
      return { sourcePath, sha256, codePath, maps: JSON.parse(fs.readFileSync(mapsPath, 'utf8')) as CoverageMaps }
    } catch {
      // A damaged cache entry is rebuilt below.
    }
  }
  const { code, maps } = instrumentTypescript(source, sourcePath, compilerOptions)
  fs.mkdirSync(cacheDirectory, { recursive: true })
  // Maps first, code last: the code's presence marks a complete entry.
  writeReplacing(mapsPath, JSON.stringify(maps))
  writeReplacing(codePath, code)
  return { sourcePath, sha256, codePath, maps }
}

function writeReplacing(target: string, content: string): void {
  const temporary = temporaryPathBeside(target)
  fs.writeFileSync(temporary, content)
  fs.renameSync(temporary, target)
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'coverage', 'out'])

/** The project's own TypeScript files: everything but dependencies, build output and dot-directories. */
export function findProjectSources(projectDirectory: string): string[] {
  const found: string[] = []
  const walk = (directory: string) => {
    for (const entry of entriesOf(directory)) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full)
      } else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full)
    }
  }
  walk(projectDirectory)
  return found.sort()
}

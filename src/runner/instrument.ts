import fs from 'node:fs'
import path from 'node:path'
import { entriesOf } from './directory'
import crypto from 'node:crypto'
import { compiler } from '../compiler'
import { temporaryPathBeside } from '../workspace'
import type { FileCoverageData } from 'istanbul-lib-coverage'
import type * as TypeScript from 'typescript'
import { moduleFormatOf } from './module-format'
import type { ModuleFormat } from './module-format'

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
const INSTRUMENTATION_VERSION = '2'

export interface CoverageMaps {
  statementMap: FileCoverageData['statementMap']
  fnMap: FileCoverageData['fnMap']
  branchMap: FileCoverageData['branchMap']
}

export interface InstrumentedSource {
  /** JavaScript (CommonJS, or an ES module when asked) with an inline source map back to the TypeScript. */
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
      parserPlugins: [
        'typescript',
        'decorators-legacy',
        'classProperties',
        'classPrivateProperties',
        'classPrivateMethods',
        'topLevelAwait'
      ]
    })
  }
  return instrumenter
}

/**
 * `format` is how Node will load the file: an ES module keeps its `import`/`export` (the
 * specifiers as written, `./shapes.js` included), CommonJS gets `require`.
 */
export function instrumentTypescript(
  source: string,
  absolutePath: string,
  compilerOptions: TypeScript.CompilerOptions,
  format: ModuleFormat = 'commonjs'
): InstrumentedSource {
  const ts = compiler()
  const remapping = require('@jridgewell/remapping') as (maps: unknown[], loader: () => null) => { toString(): string }
  const instrument = loadInstrumenter()
  const instrumented = instrument.instrumentSync(source, absolutePath)
  const coverage = instrument.lastFileCoverage()
  const instrumentMap = instrument.lastSourceMap()
  const { code: withoutData, data } = setCoverageDataAside(instrumented)
  const output = ts.transpileModule(withoutData, {
    fileName: absolutePath,
    compilerOptions: {
      ...compilerOptions,
      ...(format === 'module'
        ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
        : { module: ts.ModuleKind.CommonJS }),
      sourceMap: true,
      inlineSourceMap: false,
      inlineSources: false,
      declaration: false,
      noEmit: false,
      outDir: undefined,
      rootDir: undefined
    }
  })
  const composed = JSON.parse(remapping([JSON.parse(output.sourceMapText ?? '{}'), instrumentMap], () => null).toString()) as {
    sources: string[]
  }
  composed.sources = [absolutePath]
  const code =
    output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '') +
    data +
    `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(composed)).toString('base64')}\n`
  return { code, maps: { statementMap: coverage.statementMap, fnMap: coverage.fnMap, branchMap: coverage.branchMap } }
}

/** The literal istanbul puts its statement, function and branch maps in. */
const COVERAGE_DATA = /var coverageData=(\{.*?\});var coverage=/
const COVERAGE_DATA_FUNCTION = '__specloop_coverage_data'

/**
 * istanbul's coverage data is most of the instrumented code, and the TypeScript compiler would
 * parse and print it again for nothing (that doubles its time): it is replaced by a call of
 * the same length, so the source map's columns hold, and comes back unchanged at the end of the
 * code in a function declaration, which is hoisted.
 */
function setCoverageDataAside(instrumented: string): { code: string; data: string } {
  const found = COVERAGE_DATA.exec(instrumented)
  const call = `${COVERAGE_DATA_FUNCTION}()`
  if (!found || found[1].length < call.length) return { code: instrumented, data: '' }
  const start = found.index + 'var coverageData='.length
  return {
    code: instrumented.slice(0, start) + call.padEnd(found[1].length) + instrumented.slice(start + found[1].length),
    data: `\nfunction ${COVERAGE_DATA_FUNCTION}(){return ${found[1]}}`
  }
}

export interface InstrumentedFile {
  /** Absolute path of the TypeScript source. */
  sourcePath: string
  sha256: string
  /** Absolute path of the instrumented JavaScript in the cache. */
  codePath: string
  /** How Node loads it: the instrumented code is in this format. */
  format: ModuleFormat
  maps: CoverageMaps
}

/**
 * Instruments one file through a content-addressed cache (`.specloop/cache/instrumented/`):
 * only files that changed since the last run pay for babel and tsc.
 */
export function instrumentCached(
  sourcePath: string,
  cacheDirectory: string,
  compilerOptions: TypeScript.CompilerOptions,
  format: ModuleFormat = moduleFormatOf(sourcePath)
): InstrumentedFile {
  const source = fs.readFileSync(sourcePath, 'utf8')
  const sha256 = crypto.createHash('sha256').update(source).digest('hex')
  // The ES-module form of a file is another entry than its CommonJS form (whose key is unchanged).
  const formatKey = format === 'module' ? '\0module' : ''
  const key = crypto
    .createHash('sha256')
    .update(`${INSTRUMENTATION_VERSION}\0${sourcePath}\0${JSON.stringify(compilerOptions)}\0${sha256}${formatKey}`)
    .digest('hex')
    .slice(0, 32)
  const codePath = path.join(cacheDirectory, `${key}.js`)
  const mapsPath = path.join(cacheDirectory, `${key}.json`)
  if (fs.existsSync(codePath) && fs.existsSync(mapsPath)) {
    try {
      return { sourcePath, sha256, codePath, format, maps: JSON.parse(fs.readFileSync(mapsPath, 'utf8')) as CoverageMaps }
    } catch {
      // A damaged cache entry is rebuilt below.
    }
  }
  const { code, maps } = instrumentTypescript(source, sourcePath, compilerOptions, format)
  fs.mkdirSync(cacheDirectory, { recursive: true })
  // Maps first, code last: the code's presence marks a complete entry.
  writeReplacing(mapsPath, JSON.stringify(maps))
  writeReplacing(codePath, code)
  return { sourcePath, sha256, codePath, format, maps }
}

function writeReplacing(target: string, content: string): void {
  const temporary = temporaryPathBeside(target)
  fs.writeFileSync(temporary, content)
  fs.renameSync(temporary, target)
}

export function isTypescriptSource(name: string): boolean {
  return /\.[cm]?ts$/.test(name) && !/\.d\.[cm]?ts$/.test(name)
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'coverage', 'out'])

/** Folders that hold no source of the project: dependencies, build output, dot-folders (`.specloop/`, `.git/`). */
export function isSkippedDirectory(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)
}

/** The project's own TypeScript files (`.ts`, `.mts`, `.cts`): everything but declarations, dependencies, build output and dot-directories. */
export function findProjectSources(projectDirectory: string): string[] {
  const found: string[] = []
  const walk = (directory: string) => {
    for (const entry of entriesOf(directory)) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full)
      } else if (entry.isFile() && isTypescriptSource(entry.name)) found.push(full)
    }
  }
  walk(projectDirectory)
  return found.sort()
}

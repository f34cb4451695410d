/**
 * Node's module customization hooks (`module.register`), run in their own thread of the
 * cucumber process, for code loaded through `import` (cucumber's `import` option, ES-module
 * projects). They do for ES modules what the runtime's `.ts` loader does for `require`:
 *  - a project source specloop instrumented loads as its instrumented code, so its counters
 *    (on `globalThis` of the thread that runs the scenarios) count per scenario as CommonJS code's do;
 *  - `./shapes.js` finds `./shapes.ts`, as TypeScript's ES-module projects write imports;
 *  - `node:assert` and `chai`, imported by the project's code, come through a module that hands
 *    them to the runtime's assertion counter first (ES imports do not pass through `require`);
 *  - the project's own JavaScript, which is not traced, tells the runtime it loaded, so no
 *    scenario is called hollow for running no implementation when it may have run that code.
 * A TypeScript loader the project configures (`ts-node/esm`, `tsx`) is not registered: this does its work.
 *
 * It runs in the sandbox, in a thread without the runtime's globals: it reads only files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ModuleHooksData } from './protocol'
import { moduleFormatOf } from './module-format'
import type { ModuleFormat } from './module-format'
import { refuseWorkerThreads } from './worker-lock'

/** The URL scheme of the modules that wrap an assertion library (`specloop-counted:node:assert`). */
export const COUNTED_SCHEME = 'specloop-counted:'
/** Set by the runtime in the scenarios' thread: each takes the library's exports and counts its assertions. */
export const COUNT_ASSERT_SYMBOL = 'specloop.countedAssert'
export const COUNT_CHAI_SYMBOL = 'specloop.countChai'
export const UNTRACED_MODULE_SYMBOL = 'specloop.untracedModule'

const ASSERT_SPECIFIERS = new Set(['assert', 'node:assert', 'assert/strict', 'node:assert/strict'])

export type ModuleToServe =
  /** A project source instrumented as an ES module. */
  | { kind: 'instrumented'; codePath: string }
  /** CommonJS: Node's `require` loads it, through the runtime's `.ts` loader (instrumented or not). */
  | { kind: 'commonjs' }
  /** TypeScript specloop did not instrument (outside the project, or it did not parse): transpiled here, untraced. */
  | { kind: 'transpiled'; file: string }
  /** A wrapper around an assertion library: `target` is `node:assert…` or chai's URL. */
  | { kind: 'counted'; target: string }
  /** The project's own JavaScript: loaded as usual, then reported as untraced code that ran. */
  | { kind: 'untraced'; file: string }
  /** Not ours: the next hook (Node's own loader) loads it. */
  | { kind: 'next' }

/** What `load` serves for a URL. */
export function moduleToServe(
  url: string,
  data: Pick<ModuleHooksData, 'instrumented' | 'esModules' | 'projectDirectory'>,
  formatOf: (file: string) => ModuleFormat = moduleFormatOf
): ModuleToServe {
  if (url.startsWith(COUNTED_SCHEME)) return { kind: 'counted', target: url.slice(COUNTED_SCHEME.length) }
  if (!url.startsWith('file:')) return { kind: 'next' }
  const file = fileURLToPath(url.replace(/[?#].*$/, ''))
  if (/\.[cm]?jsx?$/.test(file)) return isProjectCode(file, data.projectDirectory) ? { kind: 'untraced', file } : { kind: 'next' }
  if (!/\.[cm]?ts$/.test(file)) return { kind: 'next' }
  const codePath = data.instrumented[file]
  if (codePath !== undefined) return data.esModules.includes(file) ? { kind: 'instrumented', codePath } : { kind: 'commonjs' }
  return formatOf(file) === 'module' ? { kind: 'transpiled', file } : { kind: 'commonjs' }
}

/** The TypeScript files an import of a missing `.js` file may mean (`./shapes.js` → `./shapes.ts`), as tsc resolves them. */
export function typescriptCandidates(specifier: string): string[] {
  if (!/^(\.{1,2}\/|\/|file:)/.test(specifier)) return []
  const match = /\.([cm]?)js(x?)$/.exec(specifier)
  if (!match) return []
  const stem = specifier.slice(0, match.index)
  return match[2] === 'x' ? [`${stem}.tsx`] : [`${stem}.${match[1]}ts`]
}

/** A file of the project's own code: inside it, not a dependency, nor in a dot-folder (`.specloop/`). */
function isProjectCode(file: string, projectDirectory: string): boolean {
  const relative = path.relative(projectDirectory, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false
  const parts = relative.split(path.sep)
  return !parts.includes('node_modules') && !parts[0].startsWith('.')
}

/** Whether an import is one whose assertions are counted: node:assert or chai, imported by the project's own code. */
export function isCountedImport(specifier: string, parentURL: string | undefined, projectDirectory: string): 'assert' | 'chai' | undefined {
  if (!parentURL?.startsWith('file:') || !isProjectCode(fileURLToPath(parentURL), projectDirectory)) return undefined
  if (ASSERT_SPECIFIERS.has(specifier)) return 'assert'
  return specifier === 'chai' ? 'chai' : undefined
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** An ES module that re-exports node:assert (default and named) as the runtime's counting proxy. */
export function countedAssertSource(specifier: string, names: string[]): string {
  const named = names.filter((name) => name !== 'default' && IDENTIFIER.test(name))
  return [
    `import real from ${JSON.stringify(specifier)}`,
    `const counted = globalThis[Symbol.for(${JSON.stringify(COUNT_ASSERT_SYMBOL)})]?.(real) ?? real`,
    'export default counted',
    named.length > 0 ? `export const { ${named.join(', ')} } = counted` : ''
  ].join('\n')
}

/**
 * An ES module that hands chai to the runtime (which counts through its `Assertion`) and
 * re-exports all of it; its default export too, undefined for a chai without one (chai 5, 6).
 */
export function countedChaiSource(url: string): string {
  return [
    `import * as real from ${JSON.stringify(url)}`,
    `globalThis[Symbol.for(${JSON.stringify(COUNT_CHAI_SYMBOL)})]?.(real)`,
    `export * from ${JSON.stringify(url)}`,
    'export default real.default'
  ].join('\n')
}

let hooksData: ModuleHooksData = { instrumented: {}, esModules: [], projectDirectory: '/', sandboxed: false }

export function initialize(data: ModuleHooksData): void {
  hooksData = data
  if (data.sandboxed) refuseWorkerThreads()
}

interface ResolveContext {
  parentURL?: string
  conditions?: string[]
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<{ url: string; format?: string | null }>
type NextLoad = (url: string, context?: object) => Promise<{ format?: string | null; source?: unknown; shortCircuit?: boolean }>

export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve
): Promise<{ url: string; format?: string | null; shortCircuit?: boolean }> {
  const counted = isCountedImport(specifier, context.parentURL, hooksData.projectDirectory)
  if (counted === 'assert')
    return { url: `${COUNTED_SCHEME}${specifier.startsWith('node:') ? specifier : `node:${specifier}`}`, shortCircuit: true }
  if (counted === 'chai') {
    const real = await nextResolve(specifier, context)
    return { url: `${COUNTED_SCHEME}${real.url}`, shortCircuit: true }
  }
  try {
    return await nextResolve(specifier, context)
  } catch (thrown) {
    if ((thrown as { code?: string })?.code !== 'ERR_MODULE_NOT_FOUND') throw thrown
    for (const candidate of typescriptCandidates(specifier)) {
      try {
        return await nextResolve(candidate, context)
      } catch {
        // Not this one either: the original error stands.
      }
    }
    throw thrown
  }
}

export async function load(
  url: string,
  context: object,
  nextLoad: NextLoad
): Promise<{ format?: string | null; source?: unknown; shortCircuit?: boolean }> {
  const serving = moduleToServe(url, hooksData)
  switch (serving.kind) {
    case 'instrumented':
      return { format: 'module', source: fs.readFileSync(serving.codePath, 'utf8'), shortCircuit: true }
    case 'commonjs':
      // No source: Node's CommonJS loader reads the file, through the runtime's `.ts` loader.
      return { format: 'commonjs', shortCircuit: true }
    case 'transpiled':
      return { format: 'module', source: transpileToModule(serving.file), shortCircuit: true }
    case 'counted':
      return { format: 'module', source: countedSource(serving.target), shortCircuit: true }
    case 'untraced': {
      const loaded = await nextLoad(url, context)
      // CommonJS loads through `require`, where the runtime sees it; an ES module says so at its end.
      if (loaded.format !== 'module' || loaded.source === undefined || loaded.source === null) return loaded
      return {
        ...loaded,
        source: `${String(loaded.source)}\n;globalThis[Symbol.for(${JSON.stringify(UNTRACED_MODULE_SYMBOL)})]?.(${JSON.stringify(serving.file)});\n`
      }
    }
    case 'next':
      return nextLoad(url, context)
  }
}

function countedSource(target: string): string {
  // A built-in module is the same in every thread: its names are read here.
  return target.startsWith('node:') ? countedAssertSource(target, Object.keys(require(target) as object)) : countedChaiSource(target)
}

function transpileToModule(file: string): string {
  const ts = require('typescript') as typeof import('typescript')
  return ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      inlineSourceMap: true,
      inlineSources: true
    }
  }).outputText
}

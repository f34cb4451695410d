import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { IdGenerator } from '@cucumber/messages'
import { escapeRegExp } from '../text'
import { SpecloopError, specloopError, messageOf } from '../errors'
import type { Project } from '../project'
import { toUri } from '../project'
import type { StepDefinitionInfo } from './bind'

export interface LoadedSupport {
  definitions: StepDefinitionInfo[]
  undefinedParameterTypes: { name: string; expression: string }[]
  /** Parameter types the support code defines (not cucumber's built-in ones), with the file that defines each. */
  parameterTypes?: { name: string; regexps: string[]; uri: string }[]
  errors: SpecloopError[]
}

// tsc would turn `import()` into `require()`; support code may be ESM.
// eslint-disable-next-line no-new-func -- a fixed string, not input: the one way to keep a real import() through tsc
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>

function locateThrow(thrown: unknown, absolutePath: string): { line?: number; column?: number } {
  const stack = thrown instanceof Error ? (thrown.stack ?? '') : ''
  for (const candidate of [absolutePath, pathToFileURL(absolutePath).href]) {
    const escaped = escapeRegExp(candidate)
    const frame = new RegExp(`${escaped}(?:\\?specloop-load=\\d+)?:(\\d+):(\\d+)`).exec(stack)
    if (frame) return { line: Number(frame[1]), column: Number(frame[2]) }
  }
  // Syntax errors name the file on the first line of the stack: "path:line".
  const escaped = escapeRegExp(absolutePath)
  const syntax = new RegExp(`${escaped}[:(](\\d+)`).exec(stack)
  return syntax ? { line: Number(syntax[1]) } : {}
}

/**
 * Where a support file failed, as precisely as the error tells: a TypeScript diagnostic
 * ("file.ts(3,13): error TS1109: ...") at its line and column; a throw in the file itself at
 * its frame; a throw in a module it imports at that module's frame, naming the file that loaded it.
 */
function describeLoadFailure(project: Project, absolutePath: string, thrown: unknown): SpecloopError {
  const hint = 'fix the error in this file; cucumber-js cannot load it either'
  const first = firstLineOf(thrown)
  const diagnostic = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(first)
  if (diagnostic) {
    const file = path.resolve(project.cwd, diagnostic[1])
    return specloopError(
      'SUPPORT_LOAD',
      `step definition file failed to load: ${diagnostic[4]} ${diagnostic[5]}`,
      { file: toUri(project, file), line: Number(diagnostic[2]), column: Number(diagnostic[3]) },
      hint
    )
  }
  const elsewhere = projectFrame(thrown, project.cwd)
  if (elsewhere && elsewhere.file !== absolutePath) {
    return specloopError(
      'SUPPORT_LOAD',
      `${toUri(project, absolutePath)} failed to load: ${first}`,
      { file: toUri(project, elsewhere.file), line: elsewhere.line, column: elsewhere.column },
      'fix the error here; cucumber-js cannot load the step definitions either'
    )
  }
  return specloopError(
    'SUPPORT_LOAD',
    `step definition file failed to load: ${first}`,
    { file: toUri(project, absolutePath), ...locateThrow(thrown, absolutePath) },
    hint
  )
}

/** The first stack frame in the project's own code (not in node_modules). */
function projectFrame(thrown: unknown, projectDirectory: string): { file: string; line: number; column: number } | undefined {
  const stack = thrown instanceof Error ? (thrown.stack ?? '') : ''
  for (const match of stack.matchAll(/(?:\(|at )((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?/g)) {
    const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1]
    if (file.startsWith(`${projectDirectory}${path.sep}`) && !file.includes(`${path.sep}node_modules${path.sep}`))
      return { file, line: Number(match[2]), column: Number(match[3]) }
  }
  return undefined
}

function firstLineOf(thrown: unknown): string {
  const message = messageOf(thrown)
  // ts-node reports "⨯ Unable to compile TypeScript:\nfile.ts(3,5): error TS..."; keep the diagnostic.
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length > 1 && /Unable to compile TypeScript/.test(lines[0])) return lines[1]
  return lines[0] ?? 'unknown error'
}

/**
 * cucumber's `matchesStepName` is `expression.match(text) != null`, and `match` is null exactly
 * when the expression's compiled regular expression does not match; but it first builds match
 * indices with a slow polyfill. Testing the same regular expression gives the same answer.
 */
export function quickMatcher(definition: { expression: object }): (text: string) => boolean {
  // Both CucumberExpression and RegularExpression expose the compiled `regexp`.
  const { regexp } = definition.expression as { regexp: RegExp }
  const plain = new RegExp(regexp.source, regexp.flags.replace(/[gyd]/g, ''))
  return (text) => plain.test(text)
}

/**
 * Node caches every module it loaded: a second load in the same process (`run` checks, then
 * generates; the loop generates each round) would execute nothing and register no step
 * definition. So the project's own CommonJS modules leave the cache before each load, and ES
 * modules, whose cache cannot be cleared, are imported again under a fresh URL.
 */
function forgetProjectModules(projectDirectory: string): void {
  const inside = projectDirectory.endsWith(path.sep) ? projectDirectory : `${projectDirectory}${path.sep}`
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(inside) && !file.slice(inside.length).split(path.sep).includes('node_modules')) delete require.cache[file]
  }
}

let importGeneration = 0
const importedOnce = new Set<string>()

function importUrl(absolutePath: string): string {
  const url = pathToFileURL(absolutePath).href
  if (!importedOnce.has(url)) {
    importedOnce.add(url)
    return url
  }
  return `${url}?specloop-load=${++importGeneration}`
}

/** The file a definition came from, without the query that forced a fresh import. */
const withoutLoadQuery = (uri: string) => uri.replace(/\?specloop-load=\d+$/, '')

/**
 * Loads the project's support code with cucumber's own builder, one file at a time, so a
 * file that throws on load is reported with its path instead of hiding every other file.
 */
export async function loadSupportCode(project: Project): Promise<LoadedSupport> {
  const builder = project.cucumber.supportCodeLibraryBuilder
  const { requireModules = [], loaders = [] } = project.runConfiguration.support
  const errors: SpecloopError[] = []
  const previousDirectory = process.cwd()
  builder.reset(project.cwd, IdGenerator.uuid(), {
    requireModules,
    requirePaths: project.requirePaths,
    importPaths: project.importPaths,
    loaders
  })
  try {
    // Some support code resolves paths against the working directory, as under cucumber-js.
    process.chdir(project.cwd)
    forgetProjectModules(project.cwd)
    errors.push(...requireModulesOf(project, requireModules))
    if (errors.length > 0) return nothingLoaded(errors)
    errors.push(...registerLoaders(loaders))
    errors.push(...(await loadSupportFiles(project)))
  } finally {
    process.chdir(previousDirectory)
  }
  let library
  try {
    library = builder.finalize()
  } catch (thrown) {
    errors.push(specloopError('SUPPORT_INVALID', `invalid support code: ${firstLineOf(thrown)}`))
    return nothingLoaded(errors)
  }
  return { ...describeLibrary(library), errors }
}

const nothingLoaded = (errors: SpecloopError[]): LoadedSupport => ({ definitions: [], undefinedParameterTypes: [], errors })

/** The configuration's `requireModule`s (ts-node and the like), loaded before any support file. */
function requireModulesOf(project: Project, requireModules: string[]): SpecloopError[] {
  const errors: SpecloopError[] = []
  for (const moduleName of requireModules) {
    let resolved: string | undefined
    try {
      resolved = require.resolve(moduleName, { paths: [project.cwd, project.cucumber.packageDirectory] })
      require(resolved)
    } catch (thrown) {
      // Installed but failing as it loads (ts-node 10 under a TypeScript it does not support) is not a missing module.
      const hint =
        resolved === undefined
          ? 'install it or remove it from requireModule'
          : `it is installed (${path.relative(project.cwd, resolved) || resolved}) but failed as it loaded: ` +
            'check that its peer dependencies fit it (ts-node 10 needs TypeScript 5: npm i -D typescript@5)'
      errors.push(specloopError('SUPPORT_MODULE', `cannot load module '${moduleName}': ${firstLineOf(thrown)}`, {}, hint))
    }
  }
  return errors
}

/** The configuration's `loader`s, registered as cucumber-js registers them. */
function registerLoaders(loaders: string[]): SpecloopError[] {
  const errors: SpecloopError[] = []
  for (const specifier of loaders) {
    try {
      require('node:module').register(specifier, pathToFileURL('./'))
    } catch (thrown) {
      errors.push(specloopError('SUPPORT_LOADER', `cannot register loader '${specifier}': ${firstLineOf(thrown)}`))
    }
  }
  return errors
}

/** Each support file required or imported on its own: one that fails is one located error. */
async function loadSupportFiles(project: Project): Promise<SpecloopError[]> {
  const errors: SpecloopError[] = []
  const load = async (absolutePath: string, how: (file: string) => unknown) => {
    try {
      await how(absolutePath)
    } catch (thrown) {
      errors.push(describeLoadFailure(project, absolutePath, thrown))
    }
  }
  for (const file of project.requirePaths) await load(file, (target) => require(target))
  for (const file of project.importPaths) await load(file, (target) => importModule(importUrl(target)))
  return errors
}

type SupportCodeLibrary = ReturnType<Project['cucumber']['supportCodeLibraryBuilder']['finalize']>

/** The step definitions and parameter types the support code registered, located in its files. */
function describeLibrary(library: SupportCodeLibrary): Omit<LoadedSupport, 'errors'> {
  const definitions: StepDefinitionInfo[] = library.stepDefinitions.map((definition) => ({
    id: definition.id,
    pattern: typeof definition.pattern === 'string' ? definition.pattern : definition.pattern.toString(),
    patternKind: typeof definition.pattern === 'string' ? 'cucumber-expression' : 'regular-expression',
    keyword: definition.keyword,
    uri: withoutLoadQuery(definition.uri.split(path.sep).join('/')),
    line: definition.line,
    matches: quickMatcher(definition)
  }))
  const registry = library.parameterTypeRegistry
  const parameterTypes = [...registry.parameterTypes]
    .filter((parameterType) => !parameterType.builtin && parameterType.name !== undefined)
    .map((parameterType) => ({
      name: parameterType.name as string,
      regexps: [...parameterType.regexpStrings],
      uri: withoutLoadQuery((registry.lookupSource(parameterType)?.uri ?? 'unknown').split(path.sep).join('/'))
    }))
  return {
    definitions,
    undefinedParameterTypes: library.undefinedParameterTypes.map(({ name, expression }) => ({ name, expression })),
    parameterTypes
  }
}

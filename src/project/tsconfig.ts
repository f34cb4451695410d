import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type * as TypeScript from 'typescript'
import { compiler } from '../compiler'
import { writeFileAtomic } from '../workspace'

/**
 * A project's tsconfig.json as tsc reads it: TypeScript's own configuration API (JSON with
 * comments, `extends` by path, package or array, options converted), never a parser of ours.
 */
export interface ProjectTsconfig {
  /** The effective compiler options (bases first, the project's own winning), converted as tsc converts them. */
  options: TypeScript.CompilerOptions
  /** The tsconfig files it extends, directly or not (absolute paths, not tsconfig.json itself). */
  bases: string[]
}

/** Bumped when the cached shape changes. */
const CACHE_VERSION = 1

interface CachedTsconfig extends ProjectTsconfig {
  version: number
  /** sha256 of tsconfig.json and of every base: the cache holds while none of them changed. */
  hashes: Record<string, string>
}

function sha256Of(file: string): string | undefined {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  } catch {
    return undefined
  }
}

function parseWithTypescript(configPath: string): ProjectTsconfig {
  const ts = compiler()
  const sourceFile = ts.readJsonConfigFile(configPath, ts.sys.readFile)
  const parsed = ts.parseJsonSourceFileConfigFileContent(sourceFile, ts.sys, path.dirname(configPath), undefined, configPath)
  // The source file object is not data (and not JSON); every other option is.
  const { configFile: _configFile, ...options } = parsed.options as TypeScript.CompilerOptions & { configFile?: unknown }
  return { options, bases: (sourceFile.extendedSourceFiles ?? []).map((file) => path.resolve(file)).filter((file) => file !== configPath) }
}

/**
 * The project's tsconfig.json read as tsc reads it; undefined without one. Loading TypeScript
 * costs a fifth of a second a run, so with `cacheDirectory` the result is kept there and reused
 * while tsconfig.json and every base it extends hash the same.
 */
export function readProjectTsconfig(projectDirectory: string, cacheDirectory?: string): ProjectTsconfig | undefined {
  const configPath = path.join(projectDirectory, 'tsconfig.json')
  if (!fs.existsSync(configPath)) return undefined
  const cachePath = cacheDirectory === undefined ? undefined : path.join(cacheDirectory, 'tsconfig.json')
  if (cachePath !== undefined) {
    try {
      const cached = JSON.parse(fs.readFileSync(cachePath, 'utf8')) as CachedTsconfig
      const files = [configPath, ...cached.bases]
      if (
        cached.version === CACHE_VERSION &&
        Object.keys(cached.hashes).length === files.length &&
        files.every((file) => cached.hashes[file] !== undefined && cached.hashes[file] === sha256Of(file))
      ) {
        return { options: cached.options, bases: cached.bases }
      }
    } catch {
      // No cache yet, or one that cannot be read: parse.
    }
  }
  const read = parseWithTypescript(configPath)
  if (cachePath !== undefined) {
    const hashes: Record<string, string> = {}
    for (const file of [configPath, ...read.bases]) hashes[file] = sha256Of(file) ?? ''
    try {
      writeFileAtomic(cachePath, JSON.stringify({ version: CACHE_VERSION, hashes, ...read } satisfies CachedTsconfig))
    } catch {
      // A cache that cannot be written costs time, not correctness.
    }
  }
  return read
}

/** What instrumentation compiles with: the project's options over tsc-like defaults (CommonJS is forced later). */
export function compilerOptionsFor(projectDirectory: string, cacheDirectory?: string): TypeScript.CompilerOptions {
  const project = readProjectTsconfig(projectDirectory, cacheDirectory)
  // ScriptTarget.ES2022 is 9: a literal, so a warm run with a cached tsconfig never loads TypeScript.
  return { target: 9 satisfies TypeScript.ScriptTarget.ES2022, esModuleInterop: true, ...(project?.options ?? {}) }
}

/** The options a person would recognise, named as in tsconfig.json (`module: "NodeNext"`), for prompts and messages. */
export function describeCompilerOptions(options: TypeScript.CompilerOptions, keys: (keyof TypeScript.CompilerOptions)[]): string[] {
  const ts = compiler()
  const enums: Partial<Record<keyof TypeScript.CompilerOptions, Record<number, string>>> = {
    module: ts.ModuleKind,
    moduleResolution: ts.ModuleResolutionKind,
    target: ts.ScriptTarget
  }
  return keys
    .filter((key) => options[key] !== undefined)
    .map((key) => {
      const value = options[key]
      const names = enums[key]
      return `${key}: ${JSON.stringify(typeof value === 'number' && names ? names[value] : value)}`
    })
}

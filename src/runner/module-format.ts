import fs from 'node:fs'
import path from 'node:path'

/**
 * How Node loads a TypeScript source, by Node's own rules for JavaScript: `.mts` is an ES
 * module, `.cts` CommonJS, and `.ts` follows the `"type"` of the nearest package.json. The
 * instrumented code must be emitted in that format, since the same file loads through `import`
 * as an ES module and through `require` as CommonJS.
 */
export type ModuleFormat = 'module' | 'commonjs'

/** The `"type"` of a package.json's text; undefined when it has none or does not parse (Node then treats it as CommonJS). */
export function packageTypeOf(manifest: string): string | undefined {
  try {
    const type = (JSON.parse(manifest) as { type?: unknown }).type
    return typeof type === 'string' ? type : undefined
  } catch {
    return undefined
  }
}

/** `readManifest` answers a package.json's text, or undefined where there is none. */
export function moduleFormatOf(file: string, readManifest: (manifestPath: string) => string | undefined = readIfPresent): ModuleFormat {
  if (/\.mts$/.test(file)) return 'module'
  if (/\.cts$/.test(file)) return 'commonjs'
  return directoryModuleFormat(path.dirname(file), readManifest)
}

/** How Node loads a `.ts` file written in this directory (which need not exist yet): by the nearest package.json's `"type"`. */
export function directoryModuleFormat(
  start: string,
  readManifest: (manifestPath: string) => string | undefined = readIfPresent
): ModuleFormat {
  for (let directory = start; ; directory = path.dirname(directory)) {
    // As Node does, the search stops at a node_modules folder: a package's scope never reaches above it.
    if (path.basename(directory) === 'node_modules') return 'commonjs'
    const manifest = readManifest(path.join(directory, 'package.json'))
    if (manifest !== undefined) return packageTypeOf(manifest) === 'module' ? 'module' : 'commonjs'
    if (path.dirname(directory) === directory) return 'commonjs'
  }
}

function readIfPresent(manifestPath: string): string | undefined {
  try {
    return fs.readFileSync(manifestPath, 'utf8')
  } catch {
    return undefined
  }
}

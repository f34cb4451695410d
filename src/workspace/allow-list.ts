import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_ALLOWED_ROOTS = ['steps', 'generated', 'src']

/** Files nobody generates, whatever the allow-list says. */
const ALWAYS_REFUSED = [
  /(^|\/)package(-lock)?\.json$/,
  /^\.ci(\/|$)/,
  /^features(\/|$)/,
  /(^|\/)\.git(\/|$)/,
  /(^|\/)node_modules(\/|$)/,
  /(^|\/)\.specloop(\/|$)/
]

/**
 * File systems take a name of at most 255 bytes (ENAMETOOLONG beyond), and an atomic write
 * first writes `.<name>.<pid>.<hex>.tmp`, some 25 bytes longer: a name the write would fail on
 * is refused here, with a reason, like any other path a generator may not write.
 */
const MAX_NAME_BYTES = 200
/** Linux's PATH_MAX is 4096; a project's relative path far below it leaves room for where the project is. */
const MAX_PATH_BYTES = 1024

export type PathDecision = { ok: true; relative: string; absolute: string } | { ok: false; reason: string }

/** Walks up from a path that may not exist yet to the real path of what does exist. */
function realPathOfNearestExisting(absolute: string): string {
  let current = absolute
  const rest: string[] = []
  while (!fs.existsSync(current)) {
    rest.unshift(path.basename(current))
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  return path.join(fs.realpathSync(current), ...rest)
}

/**
 * Decides whether generated code may write `requested` in the project: relative, normalised,
 * inside an allowed root after following symlinks, and not a protected file.
 */
export function confinePath(projectRoot: string, requested: string, allowedRoots: string[] = DEFAULT_ALLOWED_ROOTS): PathDecision {
  if (typeof requested !== 'string' || requested.trim() === '') return { ok: false, reason: 'empty path' }
  if (requested.includes('\0')) return { ok: false, reason: 'path contains a NUL byte' }
  if (path.isAbsolute(requested) || /^[a-zA-Z]:[\\/]/.test(requested) || requested.startsWith('\\')) {
    return { ok: false, reason: `absolute paths are refused: ${requested}` }
  }
  const segments = requested.split(/[\\/]+/)
  if (segments.includes('..')) return { ok: false, reason: `'..' is refused: ${requested}` }
  if (Buffer.byteLength(requested) > MAX_PATH_BYTES)
    return { ok: false, reason: `path too long: ${Buffer.byteLength(requested)} bytes, at most ${MAX_PATH_BYTES}` }
  const longName = segments.find((segment) => Buffer.byteLength(segment) > MAX_NAME_BYTES)
  if (longName !== undefined) {
    const kind = longName === segments[segments.length - 1] ? 'file' : 'folder'
    return {
      ok: false,
      reason:
        `${kind} name too long: ${Buffer.byteLength(longName)} bytes, at most ${MAX_NAME_BYTES} (file systems ` +
        `take 255, and writing adds a temporary suffix)`
    }
  }
  const relative = path.posix.normalize(segments.filter((segment) => segment !== '.' && segment !== '').join('/'))
  if (ALWAYS_REFUSED.some((pattern) => pattern.test(relative))) return { ok: false, reason: `protected path: ${relative}` }
  const root = fs.realpathSync(projectRoot)
  const allowed = allowedRoots.map((allowedRoot) => path.join(root, allowedRoot))
  const absolute = path.join(root, relative)
  const real = realPathOfNearestExisting(absolute)
  const inside = allowed.some((allowedRoot) => real === allowedRoot || real.startsWith(allowedRoot + path.sep))
  if (!inside) {
    return {
      ok: false,
      reason:
        real !== absolute
          ? `${relative} leads outside the allowed folders through a symbolic link`
          : `${relative} is outside the allowed folders (${allowedRoots.join(', ')})`
    }
  }
  return { ok: true, relative, absolute }
}

import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_ALLOWED_ROOTS = ['steps', 'generated', 'src']

/** Files nobody generates, whatever the allow-list says. */
const ALWAYS_REFUSED = [/(^|\/)package(-lock)?\.json$/, /^\.ci(\/|$)/, /^features(\/|$)/, /(^|\/)\.git(\/|$)/, /(^|\/)node_modules(\/|$)/, /(^|\/)\.specloop(\/|$)/]

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
      reason: real !== absolute ? `${relative} leads outside the allowed folders through a symbolic link` : `${relative} is outside the allowed folders (${allowedRoots.join(', ')})`
    }
  }
  return { ok: true, relative, absolute }
}

import fs from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'

/** The `workspaces` of a package.json: a list of globs, or `{ "packages": [...] }` as Yarn also reads it. */
export function workspacePatterns(manifest: unknown): string[] {
  const workspaces = (manifest as { workspaces?: unknown } | null)?.workspaces
  const patterns = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages
  return Array.isArray(patterns) ? patterns.filter((pattern): pattern is string => typeof pattern === 'string') : []
}

/** Whether a folder (relative to the root, with /) is one of the workspaces these globs name. */
export function isWorkspace(relative: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => minimatch(relative, pattern.replace(/^\.\//, '').replace(/\/+$/, '')))
}

/**
 * The root of the npm workspaces monorepo a folder is a workspace of: the nearest package.json
 * above it whose `workspaces` name it. There, not in the workspace, `npm install` installs.
 */
export function locateWorkspaceRoot(directory: string): string | undefined {
  const folder = path.resolve(directory)
  for (let current = path.dirname(folder); ; current = path.dirname(current)) {
    const manifest = readManifest(path.join(current, 'package.json'))
    const relative = path.relative(current, folder).split(path.sep).join('/')
    if (manifest !== undefined && isWorkspace(relative, workspacePatterns(manifest))) return current
    if (path.dirname(current) === current) return undefined
  }
}

/** A package.json's content; undefined when there is none or it is not JSON (init reports only the project's own). */
function readManifest(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/**
 * The workspaces of an npm workspaces root that hold feature files (`features/`), relative to it
 * with /: where specloop runs (`-C packages/billing`) when it is started at the root.
 */
export function workspacesWithFeatures(root: string): string[] {
  const patterns = workspacePatterns(readManifest(path.join(root, 'package.json')))
  if (patterns.length === 0) return []
  const found: string[] = []
  // Workspaces are folders one or two levels down in practice (packages/*, apps/*/*).
  const visit = (relative: string, depth: number) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (isWorkspace(child, patterns) && fs.existsSync(path.join(root, child, 'features'))) found.push(child)
      else if (depth < 2) visit(child, depth + 1)
    }
  }
  visit('', 0)
  return found.sort()
}

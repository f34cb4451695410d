import fs from 'node:fs'
import path from 'node:path'

/** What npm recorded of how a project installed specloop: its lock entry, or the spec its package.json declares. */
export interface InstallRecord {
  /** The folder whose node_modules holds specloop: the lock's paths are relative to it. */
  installedIn: string
  /** The lock entry's `resolved`: `file:specloop.tgz`, `../specloop` (a linked folder), a registry URL. */
  resolved?: string
  /** The lock entry's `link`: the package is a symlink to a folder. */
  link?: boolean
}

/**
 * How a new project names specloop: a dependency spec, or none when specloop cannot tell where it
 * came from, with the command that adds it.
 */
export type SpecloopDependency = { spec: string; source: string } | { spec?: undefined; reason: string; command: string }

const REGISTRY_TARBALL = /^https?:\/\/[^\s]+\/specloop\/-\/specloop-(\d+\.\d+\.\d+[^/]*)\.tgz$/

/**
 * The dependency a project in `projectDirectory` declares to install the specloop that runs,
 * as the record says it was installed: the same tarball or folder (`file:`, relative to the new
 * project), or the registry's version. `exists` says whether a recorded file is still there: a
 * spec is only written for a source that can be installed again. Pure.
 */
export function specloopDependencyOf(
  record: InstallRecord | undefined,
  where: { projectDirectory: string; packageRoot: string; version: string },
  exists: (file: string) => boolean
): SpecloopDependency {
  const { projectDirectory, packageRoot, version } = where
  const tarball = `specloop-${version}.tgz`
  const byHand = (reason: string): SpecloopDependency => ({ reason, command: `npm install --save-dev /path/to/${tarball}` })
  // Not installed at all: a source checkout, which packs the tarball a project installs.
  if (record === undefined)
    return {
      reason: `specloop runs from ${packageRoot}, not from an installed package`,
      command: `(cd ${shellWord(packageRoot)} && npm pack) && npm install --save-dev ${shellWord(path.join(packageRoot, tarball))}`
    }
  if (record.resolved === undefined) return byHand(`npm keeps no record of where the specloop in ${record.installedIn} came from`)
  const { resolved } = record
  const registry = REGISTRY_TARBALL.exec(resolved)
  if (registry) return registry[1] === version ? { spec: `^${version}`, source: resolved } : byHand(`npm records ${resolved}`)
  const local = resolved.startsWith('file:') ? resolved.slice('file:'.length) : record.link ? resolved : undefined
  if (local === undefined) return byHand(`npm records it from ${resolved}, which init does not repeat`)
  const source = path.resolve(record.installedIn, local)
  if (!exists(source)) return byHand(`it was installed from ${source}, which is gone`)
  const relative = path.relative(projectDirectory, source).split(path.sep).join('/')
  return { spec: `file:${relative.startsWith('.') ? relative : `./${relative}`}`, source }
}

/** A path as one shell word, quoted only when it needs to be. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * npm's record of the specloop at `packageRoot`: from the folder that holds it in its
 * node_modules — the one its own path names (a copy unpacked from a tarball or the registry),
 * else the nearest above `from` whose node_modules/specloop is a link to it (a folder installed
 * as a link) — its package-lock.json's entry, else node_modules/.package-lock.json's.
 */
export function installRecordOf(packageRoot: string, from: string): InstallRecord | undefined {
  const installedIn = installingFolder(packageRoot, from)
  if (installedIn === undefined) return undefined
  for (const lock of [path.join(installedIn, 'package-lock.json'), path.join(installedIn, 'node_modules', '.package-lock.json')]) {
    const entry = lockEntry(lock)
    if (entry?.resolved !== undefined) return { installedIn, resolved: entry.resolved, ...(entry.link ? { link: true } : {}) }
  }
  return { installedIn }
}

function installingFolder(packageRoot: string, from: string): string | undefined {
  const root = realpathOrUndefined(packageRoot)
  if (root === undefined) return undefined
  const marker = `${path.sep}node_modules${path.sep}specloop`
  if (root.endsWith(marker)) return root.slice(0, -marker.length)
  for (let directory = path.resolve(from); ; directory = path.dirname(directory)) {
    if (realpathOrUndefined(path.join(directory, 'node_modules', 'specloop')) === root) return directory
    if (path.dirname(directory) === directory) return undefined
  }
}

function lockEntry(file: string): { resolved?: string; link?: boolean } | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages?: Record<string, { resolved?: unknown; link?: unknown }> }
    const entry = lock.packages?.['node_modules/specloop']
    if (typeof entry?.resolved !== 'string') return undefined
    return { resolved: entry.resolved, link: entry.link === true }
  } catch {
    return undefined
  }
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return fs.realpathSync(file)
  } catch {
    return undefined
  }
}

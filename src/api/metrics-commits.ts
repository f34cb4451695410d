import fs from 'node:fs'
import { writtenContentOf } from '../metrics'
import type { Commit } from '../metrics'
import { changesOfCommits, commitsSince } from '../runner'
import { commitsCacheOf, writeFileAtomic } from '../workspace'

/** Bumped when the cached shape, or which files of a commit it keeps, changes. */
const CACHE_VERSION = 1
/** The cache keeps at most this many commits (a longer history reads its oldest from git each time). */
const MAX_CACHED_COMMITS = 10_000

interface CommitsCache {
  version: number
  /** Where the project is in its git work tree: a commit's paths are relative to it. */
  prefix: string
  commits: Commit[]
}

function readCache(cwd: string, prefix: string): Map<string, Commit> {
  try {
    const cache = JSON.parse(fs.readFileSync(commitsCacheOf(cwd), 'utf8')) as CommitsCache
    if (cache.version === CACHE_VERSION && cache.prefix === prefix && Array.isArray(cache.commits))
      return new Map(cache.commits.map((commit) => [commit.hash, commit]))
  } catch {
    // No cache yet, or one that cannot be read: every commit comes from git.
  }
  return new Map()
}

/** This walk's commits first (newest first), then others kept from earlier walks, up to the bound. */
function writeCache(cwd: string, prefix: string, walked: readonly Commit[], cached: ReadonlyMap<string, Commit>, bound: number): void {
  const kept = new Map<string, Commit>()
  for (const commit of [...walked].reverse()) kept.set(commit.hash, commit)
  for (const commit of cached.values()) if (!kept.has(commit.hash)) kept.set(commit.hash, commit)
  const commits = [...kept.values()].slice(0, bound)
  try {
    writeFileAtomic(commitsCacheOf(cwd), JSON.stringify({ version: CACHE_VERSION, prefix, commits } satisfies CommitsCache))
  } catch {
    // A cache that cannot be written costs time, not correctness.
  }
}

/**
 * The project's commits since a revision or a time, oldest first, each with its code files'
 * lines added and removed and whose their content is. A commit never changes, so what was read
 * of it is kept by hash in `.specloop/cache/commits.json`: a report or `metrics` after new
 * commits reads only those from git (the walk that lists the window is cheap; the diffs and
 * contents of every commit were most of the time).
 */
export function projectCommits(
  cwd: string,
  prefix: string,
  since: { revision?: string; time?: string },
  wanted: (file: string) => boolean,
  bound = MAX_CACHED_COMMITS
): Commit[] {
  const window = commitsSince(cwd, since)
  const cached = readCache(cwd, prefix)
  const missing = window.filter((commit) => !cached.has(commit.hash))
  if (missing.length === 0) return window.map((commit) => cached.get(commit.hash)!)
  const read = new Map<string, Commit>(
    changesOfCommits(cwd, missing, wanted).map((commit) => [
      commit.hash,
      {
        hash: commit.hash,
        time: commit.time,
        files: commit.files.map(({ path, added, deleted, content }) => ({
          path,
          added,
          deleted,
          ...(content === undefined ? {} : { written: writtenContentOf(content) })
        }))
      }
    ])
  )
  const walked = window.map((commit) => cached.get(commit.hash) ?? read.get(commit.hash)!)
  writeCache(cwd, prefix, walked, cached, bound)
  return walked
}

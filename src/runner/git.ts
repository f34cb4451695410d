import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseUnifiedDiff } from '../trace'
import type { FileChange } from '../trace'
import { sha256, SPECLOOP_DIRECTORY } from '../workspace'

/** What changed in the project since a revision, as impact analysis needs it. */
export interface WorkingTreeChanges {
  changes: FileChange[]
  currentSha256: Record<string, string | undefined>
  baseSha256: Record<string, string | undefined>
}

export type ChangesResult = { changes: WorkingTreeChanges; error?: undefined } | { changes?: undefined; error: string }

function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: (result.stderr ?? result.error?.message ?? '').trim() }
}

/** `git diff REV` of the working tree (tracked files) plus untracked files, paths relative to cwd. */
export function readChanges(cwd: string, base: string): ChangesResult {
  const verified = git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])
  if (!verified.ok) {
    const inside = git(cwd, ['rev-parse', '--is-inside-work-tree'])
    return { error: inside.ok ? `unknown revision '${base}'` : 'not a git repository: --affected needs git to know what changed' }
  }
  const diff = git(cwd, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--relative', base, '--', '.'])
  if (!diff.ok) return { error: `git diff failed: ${diff.stderr.split('\n')[0]}` }
  const changes = parseUnifiedDiff(diff.stdout)
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard'])
  for (const file of untracked.stdout.split('\n').filter(Boolean)) {
    if (file.startsWith(`${SPECLOOP_DIRECTORY}/`)) continue
    changes.push({ path: file, hunks: [], added: true, deleted: false })
  }
  const currentSha256: Record<string, string | undefined> = {}
  const baseSha256: Record<string, string | undefined> = {}
  for (const change of changes) {
    const absolute = path.join(cwd, change.path)
    currentSha256[change.path] = fs.existsSync(absolute) ? sha256(fs.readFileSync(absolute)) : undefined
    if (!change.added) {
      const shown = spawnSync('git', ['show', `${base}:./${change.path}`], { cwd, maxBuffer: 256 * 1024 * 1024 })
      baseSha256[change.path] = shown.status === 0 ? sha256(shown.stdout) : undefined
    }
  }
  return { changes: { changes, currentSha256, baseSha256 } }
}

/**
 * The commit HEAD is, when the working tree is exactly that commit (nothing changed or added
 * but the `records` specloop itself writes as it runs: `.specloop/`, specs.lock's anchor);
 * undefined otherwise, or outside a git repository.
 */
export function headCommit(cwd: string, records: readonly string[]): string | undefined {
  const head = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD'])
  if (!head.ok) return undefined
  const changed = git(cwd, ['status', '--porcelain', '--', '.', ...records.map((record) => `:(exclude)${record}`)])
  return changed.ok && changed.stdout.trim() === '' ? head.stdout.trim() : undefined
}

/** `Name <e-mail>` from git's configuration, or undefined when git names nobody. */
export function gitUser(cwd: string): string | undefined {
  const name = git(cwd, ['config', 'user.name']).stdout.trim()
  const email = git(cwd, ['config', 'user.email']).stdout.trim()
  if (name && email) return `${name} <${email}>`
  return name || email || undefined
}

/** A revision's commit and its committer time, or why there is none. */
export function revisionTime(cwd: string, revision: string): { hash: string; time: string; error?: undefined } | { error: string } {
  const shown = git(cwd, ['log', '-1', '--format=%H %cI', `${revision}^{commit}`, '--'])
  if (shown.ok && shown.stdout.trim() !== '') {
    const [hash, time] = shown.stdout.trim().split(' ')
    return { hash: hash!, time: time! }
  }
  return { error: isInsideGit(cwd) ? `unknown revision '${revision}'` : 'not a git repository' }
}

function isInsideGit(cwd: string): boolean {
  return workTreePrefix(cwd) !== undefined
}

/** Where cwd is in its git work tree (`''` at its root, else `dir/`), or undefined outside one. */
export function workTreePrefix(cwd: string): string | undefined {
  const parsed = git(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'])
  const [inside, prefix] = parsed.stdout.split('\n')
  return parsed.ok && inside?.trim() === 'true' ? (prefix ?? '').trim() : undefined
}

/** Every file git knows under cwd (tracked, or new and not ignored), relative to cwd. */
export function knownFiles(cwd: string): string[] {
  return git(cwd, ['ls-files', '--cached', '--others', '--exclude-standard']).stdout.split('\n').filter(Boolean)
}

export interface LoggedCommit {
  hash: string
  time: string
  files: { path: string; added: number; deleted: number; content?: string }[]
}

/**
 * The commits since a revision (`REV..HEAD`) or a time, oldest first, merges left out, that
 * changed something under cwd: hash and committer time only, a walk without diffs. None in a
 * repository without commits.
 */
export function commitsSince(cwd: string, since: { revision?: string; time?: string }): { hash: string; time: string }[] {
  // git reads a date loosely (and not every form): it narrows the log, the exact bound is checked here.
  const range = since.revision
    ? [`${since.revision}..HEAD`]
    : since.time
      ? [`--since=${since.time.replace(/\.\d+Z$/, 'Z')}`, 'HEAD']
      : ['HEAD']
  const from = since.time && !since.revision ? Date.parse(since.time) : undefined
  const logged = git(cwd, ['log', '--reverse', '--no-merges', '--no-renames', '--format=%H %cI', ...range, '--', '.'])
  if (!logged.ok) return []
  return logged.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [hash, time] = line.trim().split(' ')
      return { hash: hash!, time: time! }
    })
    .filter((commit) => from === undefined || Date.parse(commit.time) >= from)
}

/**
 * What each of these commits changed under cwd, in their order: each changed file that `wanted`
 * accepts, with its lines added and removed and its content after the commit (read in one
 * `git cat-file --batch`).
 */
export function changesOfCommits(
  cwd: string,
  commits: readonly { hash: string; time: string }[],
  wanted: (file: string) => boolean
): LoggedCommit[] {
  if (commits.length === 0) return []
  const logged = spawnSync(
    'git',
    ['log', '--no-walk=unsorted', '--stdin', '--no-renames', '--relative', '--numstat', '--format=%x00%H', '--', '.'],
    { cwd, input: `${commits.map((commit) => commit.hash).join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
  )
  const filesByHash = new Map<string, LoggedCommit['files']>()
  if (logged.status === 0) {
    for (const block of logged.stdout.split('\u0000').filter((text) => text.trim() !== '')) {
      const [hash, ...lines] = block.split('\n')
      const files = lines
        .map((line) => line.split('\t'))
        .filter((parts) => parts.length === 3 && parts[0] !== '-' && wanted(parts[2]!))
        .map(([added, deleted, file]) => ({ path: file!, added: Number(added), deleted: Number(deleted) }))
      filesByHash.set(hash!.trim(), files)
    }
  }
  const changed: LoggedCommit[] = commits.map(({ hash, time }) => ({ hash, time, files: filesByHash.get(hash) ?? [] }))
  const wantedObjects = changed.flatMap((commit) => commit.files.map((file) => `${commit.hash}:./${file.path}`))
  const contents = catFiles(cwd, wantedObjects)
  for (const commit of changed)
    for (const file of commit.files) {
      const content = contents.get(`${commit.hash}:./${file.path}`)
      if (content !== undefined) Object.assign(file, { content })
    }
  return changed
}

/** The contents of `REV:PATH` objects, from one `git cat-file --batch` (missing ones, such as deleted files, left out). */
function catFiles(cwd: string, objects: string[]): Map<string, string> {
  const contents = new Map<string, string>()
  if (objects.length === 0) return contents
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${objects.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 })
  if (result.status !== 0) return contents
  const output = result.stdout as Buffer
  let offset = 0
  for (const object of objects) {
    const end = output.indexOf(10, offset)
    if (end < 0) break
    const header = output.subarray(offset, end).toString('utf8').split(' ')
    offset = end + 1
    if (header[1] !== 'blob') continue
    const size = Number(header[2])
    contents.set(object, output.subarray(offset, offset + size).toString('utf8'))
    offset += size + 1
  }
  return contents
}

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

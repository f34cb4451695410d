import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writtenContentOf } from '../metrics'
import type { Commit } from '../metrics'
import { commitsCacheOf } from '../workspace'
import { projectCommits } from './metrics-commits'

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
  assert.equal(result.status, 0, result.stderr)
  return result.stdout.trim()
}

function commitFile(cwd: string, file: string, content: string): string {
  fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true })
  fs.writeFileSync(path.join(cwd, file), content)
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '--quiet', '-m', `write ${file}`)
  return git(cwd, 'rev-parse', 'HEAD')
}

const codeFiles = (file: string) => file.endsWith('.ts') && !file.startsWith('.specloop/')
const readCache = (cwd: string) => JSON.parse(fs.readFileSync(commitsCacheOf(cwd), 'utf8')) as { prefix: string; commits: Commit[] }

function withRepository(body: (repository: string) => void): void {
  const repository = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-commits-'))
  try {
    git(repository, 'init', '--quiet')
    body(repository)
  } finally {
    fs.rmSync(repository, { recursive: true, force: true })
  }
}

test('commits are read from git once: later walks take what was read of each from the cache, and read only new ones', () => {
  withRepository((repository) => {
    const first = commitFile(repository, 'src/a.ts', 'a\nb\n')
    commitFile(repository, 'notes.md', 'not code\n')
    assert.deepEqual(
      projectCommits(repository, '', {}, codeFiles).map((commit) => ({ hash: commit.hash, files: commit.files })),
      [
        { hash: first, files: [{ path: 'src/a.ts', added: 2, deleted: 0, written: writtenContentOf('a\nb\n') }] },
        { hash: git(repository, 'rev-parse', 'HEAD'), files: [] }
      ]
    )
    // A figure only the cache holds shows it is read, not git.
    const cache = readCache(repository)
    cache.commits.find((commit) => commit.hash === first)!.files[0]!.added = 99
    fs.writeFileSync(commitsCacheOf(repository), JSON.stringify(cache))
    const third = commitFile(repository, 'src/a.ts', 'a\n')
    const walked = projectCommits(repository, '', {}, codeFiles)
    assert.deepEqual(
      walked.map((commit) => commit.files.map((file) => [file.path, file.added, file.deleted])),
      [[['src/a.ts', 99, 0]], [], [['src/a.ts', 0, 1]]]
    )
    assert.equal(walked[2]!.hash, third)
    assert.equal(readCache(repository).commits.length, 3)
    // The same cache read from another place in the work tree holds other paths: not used.
    assert.equal(projectCommits(repository, 'elsewhere/', {}, codeFiles)[0]!.files[0]!.added, 2)
  })
})

test('the cache keeps at most its bound of commits, the newest first', () => {
  withRepository((repository) => {
    const hashes = ['1', '2', '3'].map((text) => commitFile(repository, `src/${text}.ts`, `${text}\n`))
    assert.equal(projectCommits(repository, '', {}, codeFiles, 2).length, 3)
    assert.deepEqual(
      readCache(repository).commits.map((commit) => commit.hash),
      [hashes[2], hashes[1]]
    )
  })
})

test('a window since a revision lists only the commits after it', () => {
  withRepository((repository) => {
    const [first, , third] = ['1', '2', '3'].map((text) => commitFile(repository, `src/${text}.ts`, `${text}\n`))
    const walked = projectCommits(repository, '', { revision: first }, codeFiles)
    assert.deepEqual(
      walked.map((commit) => commit.files.map((file) => file.path)),
      [['src/2.ts'], ['src/3.ts']]
    )
    assert.equal(walked[1]!.hash, third)
  })
})

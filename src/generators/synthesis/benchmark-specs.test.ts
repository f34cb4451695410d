import { test } from 'node:test'
import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { packageRoot as repositoryRoot } from '../../package-root'

/**
 * The blind part of the synthesis benchmark was written before synthesis ever ran on it and is
 * never edited since: its files must hash as they did when they were committed.
 */
test('the blind benchmark specifications are exactly as they were written', () => {
  const blind = path.join(repositoryRoot, 'bench', 'synthesis', 'blind')
  const pinned = fs
    .readFileSync(path.join(repositoryRoot, 'bench', 'synthesis', 'blind.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => /^([0-9a-f]{64})\s+\.\/(.+)$/.exec(line)!)
  assert.ok(pinned.length >= 100, `${pinned.length} pinned files`)
  for (const [, hash, file] of pinned) {
    const actual = crypto.createHash('sha256').update(fs.readFileSync(path.join(blind, file!))).digest('hex')
    assert.equal(actual, hash, `bench/synthesis/blind/${file} was edited`)
  }
  const files = fs.readdirSync(blind, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  assert.equal(files.length, pinned.length, 'no file was added to the blind set')
})

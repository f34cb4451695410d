import { test } from 'node:test'
import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { packageRoot as repositoryRoot } from '../../package-root'

/**
 * The blind parts of the synthesis benchmark were written before synthesis ever ran on them and
 * are never edited since: their files must hash as they did when they were committed.
 */
for (const [set, minimum] of [
  ['blind', 100],
  ['blind-b', 76],
  ['blind-c', 60],
  ['blind-d', 53],
  ['blind-e', 53],
  ['blind-f', 65],
  ['blind-g', 65],
  ['blind-h', 65],
  ['blind-i', 65],
  ['blind-j', 65],
  ['blind-k', 65],
  ['blind-l', 65],
  ['blind-m', 65],
  ['blind-n', 65],
  ['blind-o', 65],
  ['blind-p', 61],
  ['blind-q', 61],
  ['blind-r', 61],
  ['blind-s', 61],
  ['blind-t', 61],
  ['blind-u', 61],
  ['blind-v', 61],
  ['blind-w', 61],
  ['blind-x', 61],
  ['blind-y', 61],
  ['blind-z', 61],
  ['blind-aa', 61],
  ['blind-ab', 61],
  ['blind-ac', 61],
  ['blind-ad', 61],
  ['blind-ae', 61],
  ['blind-af', 61],
  ['blind-ag', 61],
  ['blind-ah', 61],
  ['blind-ai', 61],
  ['blind-aj', 61]
] as const) {
  test(`the ${set} benchmark specifications are exactly as they were written`, () => {
    const blind = path.join(repositoryRoot, 'bench', 'synthesis', set)
    const pinned = fs
      .readFileSync(path.join(repositoryRoot, 'bench', 'synthesis', `${set}.sha256`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => /^([0-9a-f]{64})\s+\.\/(.+)$/.exec(line)!)
    assert.ok(pinned.length >= minimum, `${pinned.length} pinned files`)
    for (const [, hash, file] of pinned) {
      const actual = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(blind, file!)))
        .digest('hex')
      assert.equal(actual, hash, `bench/synthesis/${set}/${file} was edited`)
    }
    const files = fs.readdirSync(blind, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    assert.equal(files.length, pinned.length, `no file was added to the ${set} set`)
  })
}

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatShard, isShard, parseShard } from './shard'

test('shard: INDEX/TOTAL, counted from 1, read back as written', () => {
  assert.deepEqual(parseShard('1/2').shard, { index: 1, total: 2 })
  assert.deepEqual(parseShard(' 4 / 4 ').shard, { index: 4, total: 4 })
  assert.equal(formatShard(parseShard('3/7').shard!), '3/7')
  assert.equal(isShard({ index: 2, total: 3 }), true)
  assert.equal(isShard({ index: 4, total: 3 }), false)
  assert.equal(isShard('1/2'), false)
})

test('shard: what is not a share of the suite is a usage error saying what was expected', () => {
  const cases: [string, RegExp][] = [
    ['0/2', /INDEX must be between 1 and 2/],
    ['3/2', /INDEX must be between 1 and 2/],
    ['1/0', /TOTAL must be 1 or more/],
    ['x', /expected INDEX\/TOTAL/],
    ['1/2/3', /expected INDEX\/TOTAL/],
    ['-1/2', /expected INDEX\/TOTAL/],
    ['1.5/2', /expected INDEX\/TOTAL/],
    ['', /expected INDEX\/TOTAL/],
    ['1/100000', /TOTAL must be at most/]
  ]
  for (const [text, expected] of cases) {
    const parsed = parseShard(text)
    assert.equal(parsed.shard, undefined, text)
    assert.equal(parsed.error?.code, 'SHARD_INVALID', text)
    assert.match(parsed.error!.message, expected, text)
    assert.ok(parsed.error!.hint, text)
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('words between marks of several kinds are split at any run of them: a slug from a headline', () => {
  const result = synthesise(
    tableOperation(
      'slugHeadline',
      [['headline', 'string']],
      [['slug', 'string']],
      [
        ['Hello, World!', 'hello-world'],
        ['Rock & Roll 101', 'rock-roll-101'],
        ['FAQ', 'faq'],
        ['What is new?', 'what-is-new'],
        ['Budget 2027: the plan', 'budget-2027-the-plan'],
        ['e-mail tips', 'e-mail-tips'],
        ['one.two', 'one-two']
      ]
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { headline: 'Tea (or coffee) time' }), 'tea-or-coffee-time')
  assert.equal(answerOf(result, { headline: 'A/B testing - 2 weeks' }), 'a-b-testing-2-weeks')
})

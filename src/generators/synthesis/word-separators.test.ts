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

test('a mark the examples keep inside a word (an apostrophe) is dropped; every other mark still splits words', () => {
  const result = synthesise(
    tableOperation(
      'nameRecipePage',
      [['recipe', 'string']],
      [['address', 'string']],
      [
        ["Shepherd's Pie", 'shepherds-pie'],
        ['Mac-and-Cheese', 'mac-and-cheese'],
        ['Fish & Chips', 'fish-chips'],
        ["Grandma's Apple Crumble (Vegan)", 'grandmas-apple-crumble-vegan'],
        ['Pad Thai: Quick', 'pad-thai-quick'],
        ['Chili, Hot!', 'chili-hot'],
        ['Soup', 'soup']
      ],
      'A recipe page lives at an address made from its name: lower case, words joined by hyphens, punctuation left out.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { recipe: "Rock'n'Roll Cake" }), 'rocknroll-cake')
  assert.equal(answerOf(result, { recipe: 'Salt/Pepper Steak' }), 'salt-pepper-steak')
  assert.equal(answerOf(result, { recipe: 'Self-Raising Scones' }), 'self-raising-scones')
})

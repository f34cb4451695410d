import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Story, StoryStep } from './model'
import { opposedPairs, readOppositely, yesNoThenSteps } from './question-steps'

const then = (index: number, expression: string, params: StoryStep['params'] = []): StoryStep => ({
  index,
  role: 'then',
  expression,
  words: expression,
  params
})
const steps = [then(0, 'the account is locked'), then(1, 'the user is not signed in'), then(2, 'the account is not locked')]
const story: Story = { name: 'Sign-in', description: '', steps, scenarios: [] }

test('a Then step and its denial are paired, and must read one state the opposite way round', () => {
  const pairs = opposedPairs(steps)
  assert.deepEqual(pairs, [[0, 2]])
  const flag = (negate: boolean) => ({ read: 'flag', arg: -1, negate })
  assert.equal(readOppositely(pairs, [flag(false), flag(false), flag(true)]), true)
  assert.equal(readOppositely(pairs, [flag(false), flag(false), flag(false)]), false)
  assert.equal(readOppositely(pairs, [{ read: 'accepted', arg: -1, negate: false }, flag(false), flag(true)]), false)
})

test('a question about a Then step with no value is asked as the Gherkin steps to add, never "(false or true)"', () => {
  assert.deepEqual(yesNoThenSteps(story, steps[1]!, [false, true]), ['Then the user is signed in', 'Then the user is not signed in'])
  assert.deepEqual(yesNoThenSteps(story, steps[0]!, [true, false]), ['Then the account is locked', 'Then the account is not locked'])
  assert.deepEqual(yesNoThenSteps({ ...story, steps: [steps[0]!] }, steps[0]!, [false]), ['Then the account is not locked'])
  assert.equal(yesNoThenSteps(story, then(3, 'the total is {int}', ['number']), [1, 2]), undefined)
})

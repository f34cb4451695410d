import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Story, StoryStep } from './model'
import { namedThenSteps, opposedPairs, readOppositely, yesNoThenSteps } from './question-steps'

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

test('a question whose answers are a name and nobody is asked as the step of that name and its opposite, never ("" or "Dana")', () => {
  const signedIn = then(4, '{string} is signed in', ['string'])
  const notSignedIn = then(5, '{string} is not signed in', ['string'])
  const fill = (expression: string, name: string) => expression.replace('{string}', `"${name}"`)
  const named = { ...story, steps: [signedIn, notSignedIn] }
  assert.deepEqual(namedThenSteps(named, signedIn, ['', 'Dana'], fill), ['Then "Dana" is not signed in', 'Then "Dana" is signed in'])
  assert.deepEqual(namedThenSteps({ ...story, steps: [signedIn] }, signedIn, ['Dana', undefined], fill), [
    'Then "Dana" is signed in',
    'Then "Dana" is not signed in'
  ])
  // Two names: the ? form says it better ("Omar" or "Jan" is in the chair).
  assert.equal(namedThenSteps(named, signedIn, ['Omar', 'Jan'], fill), undefined)
  assert.equal(namedThenSteps(named, signedIn, [1, 2], fill), undefined)
})

test('a Then step with no auxiliary is denied at its verb in -s: the opposite is a step a person would write', () => {
  const shows = then(6, 'the light shows {string}', ['string'])
  const opens = then(7, 'the gate opens')
  const only = (step: StoryStep) => ({ ...story, steps: [step] })
  assert.deepEqual(yesNoThenSteps(only(opens), opens, [false]), ['Then the gate does not open'])
  assert.deepEqual(yesNoThenSteps(only(then(8, 'the display flashes')), then(8, 'the display flashes'), [false]), [
    'Then the display does not flash'
  ])
  const fill = (expression: string, name: string) => expression.replace('{string}', `"${name}"`)
  assert.deepEqual(namedThenSteps(only(shows), shows, ['amber', ''], fill), [
    'Then the light shows "amber"',
    'Then the light does not show "amber"'
  ])
})

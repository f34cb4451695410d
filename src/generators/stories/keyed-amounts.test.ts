import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { keyedStepAmounts } from './step-amounts'
import { isShortfallGuard, speaksOfShortfall } from './shortfall'
import { methodOf, renderedClass } from './testing/rendered-class'

test("a command naming only a person may count that person's entry by an amount the words name", () => {
  const people = () => true
  assert.deepEqual(keyedStepAmounts(['string'], people, [0.3, 0.1], ''), [
    { key: 0, by: 0.1, sign: 1 },
    { key: 0, by: 0.1, sign: -1 },
    { key: 0, by: 0.3, sign: 1 },
    { key: 0, by: 0.3, sign: -1 }
  ])
  // Not a person's name, or a command with a number of its own: no such option.
  assert.deepEqual(
    keyedStepAmounts(['string'], () => false, [0.3], ''),
    []
  )
  assert.deepEqual(keyedStepAmounts(['string', 'number'], people, [0.3], ''), [])
})

test('the words speak of a shortfall, and the guard is the one a take implies', () => {
  assert.ok(speaksOfShortfall(['A print the credit cannot cover is refused.']))
  assert.ok(speaksOfShortfall(['', 'Not enough credit']))
  assert.ok(!speaksOfShortfall(['A print is refused after 5 pm.']))
  // A take larger than what is left, or a refusal saying how little is left.
  assert.ok(speaksOfShortfall(['A booking for more days than are left is refused.']))
  assert.ok(speaksOfShortfall(['a job bigger than what is left is refused']))
  assert.ok(speaksOfShortfall(['', 'Omar has only 0.5 days left']))
  assert.ok(!speaksOfShortfall(['More people came than expected; 3 left early.', 'only members may book']))
  const after = { kind: 'input' as const, name: 'after', type: 'number' as const }
  assert.ok(isShortfallGuard({ kind: 'apply', operator: 'less', args: [after, { kind: 'constant', value: 0 }] }))
  assert.ok(!isShortfallGuard({ kind: 'apply', operator: 'less', args: [after, { kind: 'constant', value: 1 }] }))
})

const PRINTING = `Feature: Print credit
  Each pupil has print credit. A colour page costs 0.30 and a black page costs 0.10. A page
  the credit cannot cover is refused with "no credit" and the credit stays as it was.

  Scenario: one colour page
    Given Ana has 1.00 of credit
    When Ana prints a colour page
    Then Ana has 0.70 of credit

  Scenario: black pages
    Given Ben has 0.25 of credit
    When Ben prints a black page
    And Ben prints a black page
    Then Ben has 0.05 of credit
    When Ben prints a black page
    Then the page is refused with "no credit"
    And Ben has 0.05 of credit

  Scenario: two pupils
    Given Ana has 0.50 of credit
    And Ben has 0.20 of credit
    When Ben prints a colour page
    Then the page is refused with "no credit"
    When Ana prints a colour page
    Then Ana has 0.20 of credit
    And Ben has 0.20 of credit

  Scenario: exactly enough
    Given Cy has 0.30 of credit
    When Cy prints a colour page
    Then Cy has 0.00 of credit
`

/** Never seen by the synthesis: credit that covers a black page but not a colour one. */
const PRINTING_HELD_OUT = `
  Scenario: enough for black only
    Given Dee has 0.20 of credit
    When Dee prints a colour page
    Then the page is refused with "no credit"
    When Dee prints a black page
    Then Dee has 0.10 of credit
`

test("each person's entry goes down by the amount the words name for the command, refused when it cannot cover it", () => {
  const { story, heldOut } = storyWithLastHeldOut('features/print.feature', PRINTING + PRINTING_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised')
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})

test('the class takes the named amount as the decimal it is, and refuses what the credit cannot cover', () => {
  const { story } = storyWithLastHeldOut('features/print.feature', PRINTING + PRINTING_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  const { rendered, accessor } = renderedClass(story, result.solution.model)
  const credit = accessor({}) as ReturnType<ReturnType<typeof renderedClass>['accessor']> & { amounts?: Map<string, number> }
  const has = story.steps.find((step) => step.role === 'given')!.expression
  credit[methodOf(story, rendered, has)]!('Ana', 0.5)
  credit.attempt!(() => credit[methodOf(story, rendered, '{word} prints a colour page')]!('Ana'))
  assert.equal(credit.refusal, undefined)
  credit.attempt!(() => credit[methodOf(story, rendered, '{word} prints a colour page')]!('Ana'))
  assert.equal(credit.refusal, 'no credit')
  assert.match(rendered.module, /asDecimal\(/)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { methodOf, renderedClass } from './testing/rendered-class'
import { refusedModesGuard } from './implied'
import { describeProgram } from '../synthesis'

test('a command refused only in modes a command set is refused in them; not where a refusal came before any mode', () => {
  const row = (mode: string, refused: boolean) => ({ inputs: { mode }, refused })
  const rows = [row('', false), row('moving', false), row('docked', true)]
  const guard = refusedModesGuard(rows, new Set(['moving', 'docked']))
  assert.equal(guard === undefined ? undefined : describeProgram(guard), "mode === 'docked'")
  assert.equal(refusedModesGuard([row('', true), row('moving', false)], new Set(['moving'])), undefined)
  // A mode no Then step shows by name is no state to refuse in.
  assert.equal(refusedModesGuard(rows, new Set(['moving'])), undefined)
})

const KAYAK = `Feature: Kayak hire

  Scenario: a paddle round the lake
    Given a kayak is launched
    When the paddler paddles for 20 minutes
    And the kayak is returned
    Then the hire costs 8.00
    And the kayak is "returned"

  Scenario: launched and brought straight back
    Given a kayak is launched
    When the kayak is returned
    Then the hire costs 2.00

  Scenario: a rest on the island
    Given a kayak is launched
    When the paddler paddles for 10 minutes
    And the paddler rests for 30 minutes
    Then the kayak is "resting"
    And the hire costs 8.00
    When the paddler paddles for 5 minutes
    Then the kayak is "paddling"

  Scenario: after the return
    Given a kayak is launched
    When the paddler paddles for 5 minutes
    And the kayak is returned
    And the paddler paddles for 10 minutes
    Then the action is refused with "the hire is over"
    And the hire costs 3.50

  Scenario: a long day
    Given a kayak is launched
    When the paddler rests for 10 minutes
    And the paddler paddles for 60 minutes
    And the paddler rests for 20 minutes
    And the kayak is returned
    Then the hire costs 23.00
    When the paddler paddles for 5 minutes
    Then the action is refused with "the hire is over"
`

test('a fee and a rate per minute no step states, learnt from the costs, each rate with the mode its command sets', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/kayak.feature', KAYAK)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  const model = result.solution.model
  assert.ok(
    runScenario(story, model, heldOut)?.every((observation) => observation.agrees),
    'the held-out day'
  )
  const { rendered, accessor } = renderedClass(story, model)
  const kayak = accessor({}) as Record<string, unknown> & ReturnType<typeof accessor>
  const method = (expression: string) => methodOf(story, rendered, expression)
  kayak[method('a kayak is launched')]!()
  kayak.attempt!(() => kayak[method('the paddler paddles for {int} minutes')]!(10))
  kayak.attempt!(() => kayak[method('the paddler rests for {int} minutes')]!(20))
  assert.match(rendered.module, /0\.3 \* value0/)
  assert.match(rendered.module, /0\.1 \* value0/)
  kayak.attempt!(() => kayak[method('the kayak is returned')]!())
  kayak.attempt!(() => kayak[method('the paddler paddles for {int} minutes')]!(1))
  assert.equal(kayak.refusal, 'the hire is over')
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { listGuards } from './implied'
import { synthesiseStory } from './search'
import { lineAddOptions, linesTotal } from './priced-lines'
import { failingScenarios, storiesFrom } from './testing/stories'
import { renderedClass } from './testing/rendered-class'

const BAKERY = `Feature: Bakery order

  Scenario: two kinds of bread
    Given an empty bakery order
    When 3 "croissant" at 1.20 each are ordered
    And 2 "baguette" at 0.90 each are ordered
    Then the order has 2 lines
    And the order comes to 5.40

  Scenario: more of the same
    Given an empty bakery order
    When 1 "bagel" at 0.80 each are ordered
    And 2 "bagel" at 0.80 each are ordered
    Then the order has 1 lines
    And the order comes to 2.40

  Scenario: a line taken off
    Given an empty bakery order
    When 2 "scone" at 1.50 each are ordered
    And 1 "tart" at 3.10 each are ordered
    And the "scone" is taken off
    Then the order has 1 lines
    And the order comes to 3.10

  Scenario: taking off what was never ordered
    Given an empty bakery order
    When 1 "tart" at 3.10 each are ordered
    And the "bagel" is taken off
    Then the order is refused with "not on the order"
    And the order comes to 3.10

  Scenario: nothing yet
    Given an empty bakery order
    Then the order comes to 0.00
    And the order has 0 lines
`

const HELD_OUT = `Feature: Bakery order

  Scenario: three lines, one off
    Given an empty bakery order
    When 4 "muffin" at 1.10 each are ordered
    And 2 "bun" at 0.60 each are ordered
    And 1 "muffin" at 1.10 each are ordered
    And the "bun" is taken off
    Then the order has 1 lines
    And the order comes to 5.50

  Scenario: the same line off twice
    Given an empty bakery order
    When 2 "bun" at 0.60 each are ordered
    And the "bun" is taken off
    And the "bun" is taken off
    Then the order is refused with "not on the order"
    And the order has 0 lines
`

test('lines of an order: a quantity of an item at the price the command states, read as the lines and what they come to', () => {
  const [story, heldOut] = storiesFrom(BAKERY, HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  const reads = result.solution.model.meanings.flatMap((meaning) => (meaning.reading ? [meaning.reading.read] : []))
  assert.ok(reads.includes('lineTotal') && reads.includes('tableSize'), JSON.stringify(reads))
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
  // The class written for it keeps the prices beside the quantities.
  const { rendered } = renderedClass(story, result.solution.model)
  assert.match(rendered.module, /prices/)
})

test('a line is offered only for a command with one text and two numbers, the quantity first the likelier', () => {
  const step = {
    index: 1,
    role: 'when' as const,
    expression: '{int} {string} at {float} each are ordered',
    words: 'at each are ordered',
    params: ['number', 'string', 'number'] as Array<'number' | 'string'>
  }
  const options = lineAddOptions(step)
  assert.deepEqual(
    options.map((option) => [option.value.value, option.value.price, option.cued]),
    [
      [0, 2, true],
      [2, 0, true]
    ]
  )
  assert.ok(options[0]!.bits < options[1]!.bits)
  assert.deepEqual(lineAddOptions({ ...step, params: ['number', 'string'] }), [])
  assert.equal(
    linesTotal(
      new Map([
        ['a', 2],
        ['b', 1]
      ]),
      new Map([
        ['a', 0.4],
        ['b', 2.1]
      ])
    ),
    2.9
  )
})

test('deleting an item’s entry is refused, by itself, when it has none', () => {
  assert.deepEqual(listGuards({ op: 'tableDelete', key: 0 }).map(describeProgram), ['stock <= 0'])
})

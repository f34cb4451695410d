import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps'
import { runScenario } from './model'
import { synthesiseStory } from './search'
import { storiesOf } from './story'
import { tableRowBody } from './table-rows'
import { SHOP_STOCK as SHOP } from './testing'

const HELD_OUT = [
  'Feature: Corner shop stock',
  '  Scenario: plums',
  '    Given the shop has in stock:',
  '      | item  | count |',
  '      | plum  | 7     |',
  '      | apple | 3     |',
  '    When the shop sells 3 "plum"',
  '    And a delivery of 2 "apple" arrives',
  '    Then the shop has 4 "plum" left',
  '    And the shop has 5 "apple" left',
  ''
].join('\n')

function stories(feature: string, heldOut = HELD_OUT) {
  const newId = IdGenerator.incrementing()
  const main = parseFeature({ uri: 'features/shop.feature', data: feature }, { newId })
  const held = parseFeature({ uri: 'features/held.feature', data: heldOut }, { newId })
  const analysis = analyseSteps([main, held], [])
  return { main: storiesOf([main], analysis.steps)[0], held: storiesOf([held], analysis.steps)[0] }
}

test("a Given's table is one event per row, its cells the step's values: numbers where every cell is one", () => {
  const { main } = stories(SHOP)
  assert.ok(main, 'the feature is read as a story')
  const given = main.story.steps[0]!
  assert.deepEqual([given.role, given.expression, given.params], ['given', 'the shop has in stock:', ['string', 'number']])
  assert.deepEqual(
    main.tables.get(0)?.map((column) => column.name),
    ['item', 'count']
  )
  assert.deepEqual(
    main.story.scenarios[0]!.events.filter((event) => event.step === 0).map((event) => event.args),
    [
      ['apple', 5],
      ['pear', 2]
    ]
  )
})

test('a stock list given as a table is the initial state: the model keeps an amount per item, and passes held-out rows it never saw', () => {
  const { main, held } = stories(SHOP)
  const result = synthesiseStory(main!.story)
  assert.equal(result.status, 'synthesised')
  for (const scenario of held!.story.scenarios) {
    const events = scenario.events.map((event) => ({
      ...event,
      step: main!.story.steps.findIndex((step) => step.expression === held!.story.steps[event.step]!.expression)
    }))
    assert.ok(runScenario(main!.story, result.solution!.model, { ...scenario, events })?.every((observation) => observation.agrees))
  }
})

test('a table whose uses name their columns differently is no list of rows: no story', () => {
  const other = SHOP.replace('| item  | count |\n      | apple | 1', '| fruit | count |\n      | apple | 1')
  assert.equal(stories(other).main, undefined)
})

test('the step definition calls the class once per row, the cells read by their headers', () => {
  assert.deepEqual(
    tableRowBody(
      [
        { header: 'item', name: 'item', type: 'string' },
        { header: 'unit price', name: 'unitPrice', type: 'number' }
      ],
      ['shopOf(this).givenPrice(item, unitPrice)']
    ),
    [
      'for (const row of table.hashes()) {',
      '  const item = row.item ?? ""',
      '  const unitPrice = Number(row["unit price"])',
      '  shopOf(this).givenPrice(item, unitPrice)',
      '}'
    ]
  )
})

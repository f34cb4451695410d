import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from '../gherkin'
import { analyseSteps, renderStepFile } from '../generators/steps'
import { implementStories, STORY_BUDGET_MS, storyModel } from './generate-stories'
import { storiesOf } from '../generators/stories'
import { SHOP_STOCK } from '../generators/stories/testing'
import { CucumberExpression, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'

/** One scenario leaves open whether a right code clears the count: a story the scenarios do not decide. */
const DOOR = [
  'Feature: Door lock',
  '  Scenario: wrong codes',
  '    Given a door with 0 wrong tries',
  '    When the code "1234" is typed',
  '    Then the door shows 1 wrong tries',
  '    When the code "0000" is typed',
  '    Then the door shows 2 wrong tries',
  ''
].join('\n')

function implement(onlyConfident: boolean) {
  const feature = parseFeature({ uri: 'features/door.feature', data: DOOR })
  return implementStories([feature], analyseSteps([feature], []), new Set(), { onlyConfident })
}

test('offline, a story the scenarios do not decide gets its best class, unconfirmed, and the scenario that would decide it', () => {
  const implemented = implement(false)
  assert.deepEqual(
    implemented.files.map((file) => [file.path, file.rule, file.skeleton]),
    [['generated/src/doorLock.ts', 'unconfirmed', undefined]]
  )
  assert.equal(implemented.outcomes[0]?.status, 'ambiguous')
  assert.match(
    implemented.outcomes[0]?.message ?? '',
    /a scenario that would:\n {6}Scenario: a case the scenarios do not decide\n {8}Given a door with 0 wrong tries\n/
  )
})

test('with a model, a story the scenarios do not decide is a class skeleton for the model, with the deciding scenario', () => {
  const implemented = implement(true)
  assert.deepEqual(
    implemented.files.map((file) => [file.path, file.rule, file.skeleton]),
    [['generated/src/doorLock.ts', undefined, true]]
  )
  const outcome = implemented.outcomes[0]
  assert.equal(outcome?.status, 'stateful')
  assert.match(
    outcome?.message ?? '',
    /^the scenarios of features\/door\.feature do not decide its state model offline: its class skeleton \(\d+ methods\) is the model's to fill; a scenario that would decide it offline:\n {6}Scenario: a case the scenarios do not decide\n {8}Given a door/
  )
  assert.match(implemented.files[0]!.body, /is not written yet/)
})

/** The planned steps of one feature once its stories are implemented, and their expressions. */
function storySteps(uri: string, lines: string[]) {
  const feature = parseFeature({ uri, data: [...lines, ''].join('\n') })
  const analysis = analyseSteps([feature], [])
  implementStories([feature], analysis, new Set())
  return { steps: analysis.steps, expressions: analysis.steps.map((step) => step.group.expression) }
}

test("steps that differ only in people's names are one definition with {word}: a name no scenario used still matches", () => {
  const { steps, expressions } = storySteps('features/tickets.feature', [
    'Feature: Ticket office',
    '  Scenario: two people book',
    '    Given an office with 20 tickets',
    '    When Dana books 4 tickets',
    '    And Eli books 2 tickets',
    '    Then Dana holds 4 tickets',
    '    And Eli holds 2 tickets',
    '  Scenario: one books twice',
    '    Given an office with 20 tickets',
    '    When Dana books 4 tickets',
    '    And Dana books 2 tickets',
    '    Then Dana holds 6 tickets'
  ])
  assert.deepEqual(expressions, ['an office with {int} tickets', '{word} books {int} tickets', '{word} holds {int} tickets'])
  const books = steps[1]!
  assert.deepEqual(
    books.group.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`),
    ['person: string', 'amount: number']
  )
  assert.match(books.custom!.body.join('\n'), /booksTickets\(person, amount\)/)
  assert.equal(new CucumberExpression(books.group.expression, new ParameterTypeRegistry()).match('Finn books 3 tickets')?.length, 2)
})

test('name steps whose amounts the analysis names after each person are still one definition, its amount named by its kind', () => {
  const { steps, expressions } = storySteps('features/cards.feature', [
    'Feature: Canteen cards',
    '  Scenario: Ana pays',
    '    Given Ana has 10.00 on her card',
    '    When Ana buys a lunch for 4.50',
    '    Then Ana has 5.50 on her card',
    '  Scenario: Cleo pays',
    '    Given Cleo has 20.00 on her card',
    '    When Cleo buys a lunch for 7.25',
    '    Then Cleo has 12.75 on her card'
  ])
  // Two definitions of one expression would make cucumber report every use as ambiguous.
  assert.equal(new Set(expressions).size, expressions.length, expressions.join(' | '))
  const card = steps.find((step) => step.group.expression === '{word} has {float} on their/his/her card')!
  assert.deepEqual(
    card.group.parameters.map((parameter) => parameter.name),
    ['person', 'amount']
  )
  assert.doesNotMatch(card.custom!.body.join('\n'), /\b(ana|cleo)\b/)
})

test('names are one {word} step in every role, a parameterless Then step and a possessive too, and his/her/their one alternative', () => {
  const { steps, expressions } = storySteps('features/deli.feature', [
    'Feature: Deli counter',
    '  Scenario: first come, first served',
    '    Given Ana has no ticket in her hand',
    '    When Ana takes a ticket',
    '    And Ben takes a ticket',
    '    And the server calls the next customer',
    '    Then Ana is being served',
    "    And Ana's ticket is called",
    '  Scenario: a single customer',
    '    Given Cleo has no ticket in his hand',
    '    When Cleo takes a ticket',
    '    And the server calls the next customer',
    '    Then Cleo is being served',
    "    And Cleo's ticket is called"
  ])
  // One definition per shape: a person no scenario named ("Then Dev is being served") still matches.
  assert.deepEqual(
    expressions.filter((expression) => expression.includes('{word}')),
    ['{word} has no ticket in their/his/her hand', '{word} takes a ticket', '{word} is being served', "{word}'s ticket is called"]
  )
  const served = steps.find((step) => step.group.expression === '{word} is being served')!
  assert.equal(new CucumberExpression(served.group.expression, new ParameterTypeRegistry()).match('Dev is being served')?.length, 1)
  const given = steps.find((step) => step.group.expression.startsWith('{word} has no ticket'))!
  assert.ok(new CucumberExpression(given.group.expression, new ParameterTypeRegistry()).match('Dev has no ticket in their hand'))
})

test('a Then step that reads a rounded calculation imports asDecimal from the class module, which exports it', () => {
  const data = [
    'Feature: Coffee loyalty card',
    '  A coffee costs 3.20. Every fifth coffee on the card is free. The card shows how',
    '  many coffees were bought and how much was paid in total.',
    '',
    '  Scenario: one coffee',
    '    Given a new loyalty card',
    '    When I buy a coffee',
    '    Then I have paid 3.20 in total',
    '    And the card shows 1 coffees',
    '',
    '  Scenario: four coffees',
    '    Given a new loyalty card',
    '    When I buy a coffee',
    '    And I buy a coffee',
    '    And I buy a coffee',
    '    And I buy a coffee',
    '    Then I have paid 12.80 in total',
    '    And the card shows 4 coffees',
    '',
    '  Scenario: the fifth coffee is free',
    '    Given a new loyalty card',
    '    When I buy a coffee',
    '    And I buy a coffee',
    '    And I buy a coffee',
    '    And I buy a coffee',
    '    And I buy a coffee',
    '    Then I have paid 12.80 in total',
    '    And the card shows 5 coffees'
  ].join('\n')
  const feature = parseFeature({ uri: 'features/card.feature', data: `${data}\n` })
  const analysis = analyseSteps([feature], [])
  const implemented = implementStories([feature], analysis, new Set())
  const rounding = analysis.steps.filter((step) => step.custom?.body.some((line) => line.includes('asDecimal(')))
  assert.ok(rounding.length > 0, 'a step reads a rounded calculation')
  for (const step of rounding) assert.ok(step.custom!.imports.some((entry) => entry.name === 'asDecimal'))
  assert.match(implemented.files[0]!.body, /export function asDecimal\(/)
})

test('a story asked for again in one process gets the same model, not a new search (later rounds never change it)', () => {
  const feature = parseFeature({ uri: 'features/door.feature', data: DOOR })
  const [{ story }] = storiesOf([feature], analyseSteps([feature], []).steps)
  const first = storyModel(story)
  assert.equal(storyModel(structuredClone(story)), first)
  assert.notEqual(storyModel({ ...story, name: 'Another door' }), first)
})

test('a story no model reproduced in its time is searched again only with more time (a wider round), then remembered', () => {
  const feature = parseFeature({ uri: 'features/door.feature', data: DOOR })
  const [{ story }] = storiesOf([feature], analyseSteps([feature], []).steps)
  const variant = { ...story, name: 'A door searched in no time' }
  const hurried = storyModel(variant, 0)
  assert.equal(hurried.solution, undefined, 'no model is found in no time')
  assert.equal(storyModel(structuredClone(variant), 0), hurried)
  const wider = storyModel(structuredClone(variant), STORY_BUDGET_MS)
  assert.notEqual(wider, hurried)
  assert.ok(wider.solution, wider.message)
  // Found once, it stays: a still wider round does not search it again.
  assert.equal(storyModel(structuredClone(variant), STORY_BUDGET_MS * 4), wider)
})

test("a Given's table calls the class once per row: the step passes each row's cells, read by the table's headers", () => {
  const { steps } = storySteps('features/shop.feature', SHOP_STOCK.split('\n'))
  const given = steps.find((step) => step.group.expression === 'the shop has in stock:')!
  assert.deepEqual(given.custom?.body, [
    'for (const row of table.hashes()) {',
    '  const item = row.item ?? ""',
    '  const count = Number(row.count)',
    '  cornerShopStockOf(this).givenShopStock(item, count)',
    '}'
  ])
})

test('a step used as a Given and as a Then sets up or checks by its keyword at run time, which its step file records', () => {
  const { steps } = storySteps('features/seeds.feature', [
    'Feature: Seed store',
    '  Scenario: selling some',
    '    Given the store has 30 packets of "basil"',
    '    When 10 packets of "basil" are sold',
    '    Then the store has 20 packets of "basil"',
    '  Scenario: selling all',
    '    Given the store has 5 packets of "sage"',
    '    When 5 packets of "sage" are sold',
    '    Then the store has 0 packets of "sage"'
  ])
  const dual = steps.find((step) => step.group.expression.startsWith('the store has'))!
  assert.equal(dual.custom?.body[0], 'if (setsUp(this)) {')
  assert.match(dual.custom?.body.join('\n') ?? '', /\} else \{\n {2}expect\(/)
  const file = renderStepFile('seeds.steps.ts', steps)
  assert.match(file, /^import \{ BeforeStep, Given, When \} from "@cucumber\/cucumber"/)
  assert.match(
    file,
    /settingUp\.set\(this, pickleStep\.type === "Context" \|\| \(pickleStep\.type !== "Outcome" && !actedIn\.has\(this\)\)\)/
  )
})

test('a story no model reproduces keeps the class of every other scenario, and names the one it fails', () => {
  const data = [
    'Feature: Visitor tally',
    '  Scenario: one group',
    '    Given the tally is at 0',
    '    When a group of 4 comes in',
    '    Then the tally shows 4',
    '  Scenario: two groups',
    '    Given the tally is at 0',
    '    When a group of 3 comes in',
    '    And a group of 2 comes in',
    '    Then the tally shows 5',
    '  Scenario: one more',
    '    Given the tally is at 10',
    '    When a group of 1 comes in',
    '    Then the tally shows 11',
    '  Scenario: a group that counts twice',
    '    Given the tally is at 0',
    '    When a group of 4 comes in',
    '    Then the tally shows 9',
    ''
  ].join('\n')
  const feature = parseFeature({ uri: 'features/tally.feature', data })
  const analysis = analyseSteps([feature], [])
  const implemented = implementStories([feature], analysis, new Set())
  assert.deepEqual(
    implemented.files.map((file) => [file.path, file.rule]),
    [['generated/src/visitorTally.ts', 'unconfirmed']]
  )
  assert.equal(implemented.outcomes[0]?.status, 'no-rule')
  assert.match(implemented.outcomes[0]?.message ?? '', /none reproduces "a group that counts twice" \(features\/tally\.feature:15\)/)
  assert.match(implemented.files[0]!.body, /NOT REPRODUCED: no model reproduces "a group that counts twice"/)
  // The steps call the class: no stub operation is left for the commands.
  assert.equal(analysis.operations.filter((operation) => operation.stateful).length, 0)
})

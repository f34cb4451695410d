import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { IdGenerator } from '@cucumber/messages'
import { CucumberExpression } from '@cucumber/cucumber-expressions'
import { parseFeature, ParsedFeature } from '../../gherkin'
import type { StepDefinitionInfo } from '../../binding'
import { extractOperations } from '..'
import { analyseSteps } from './analyse'
import { escapeExpressionText, groupSteps, inferExpression } from './group'
import { scenarioFlows } from './occurrences'
import { parameterTypeRegistry } from './verify'
import { planStepFiles } from './plan-files'
import { packageRoot } from '../../package-root'

const synthesis = path.join(packageRoot, 'src', 'testdata', 'synthesis')

function parse(files: Record<string, string>): ParsedFeature[] {
  const newId = IdGenerator.incrementing()
  return Object.entries(files).map(([uri, data]) => parseFeature({ uri, data }, { newId }))
}

function synthesisFeatures(): ParsedFeature[] {
  const files: Record<string, string> = {}
  for (const name of fs
    .readdirSync(synthesis)
    .filter((file) => file.endsWith('.feature'))
    .sort())
    files[`features/${name}`] = fs.readFileSync(path.join(synthesis, name), 'utf8')
  return parse(files)
}

const feature = (steps: string) =>
  parse({
    'features/a.feature': `Feature: A\n  Scenario: s\n${steps
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}\n`
  })

function expressionsOf(features: ParsedFeature[], definitions: StepDefinitionInfo[] = []) {
  return analyseSteps(features, definitions).steps.map((step) => step.group.expression)
}

/** A hand-written definition, matched with cucumber's own expression library. */
function handWritten(pattern: string): StepDefinitionInfo {
  const expression = new CucumberExpression(pattern, parameterTypeRegistry())
  return {
    id: pattern,
    pattern,
    patternKind: 'cucumber-expression',
    keyword: 'Given',
    uri: 'steps/hand.steps.ts',
    line: 1,
    matches: (text) => expression.match(text) !== null
  }
}

test('steps that differ only in values share one expression; any decimal makes it {float}', () => {
  const features = feature(
    'Given a parcel weighing 2 kg\nGiven a parcel weighing 0.5 kg\nGiven the name "Ada"\nGiven the name \'Bob\'\nGiven the flag is yes\nGiven the flag is false'
  )
  assert.deepEqual(expressionsOf(features), ['a parcel weighing {float} kg', 'the name {string}', 'the flag is {boolean}'])
})

test('a clock time in a step is one value, a {time} passed on as its text, not two numbers around a colon', () => {
  const features = feature('Given the ferry leaves at 10:30\nGiven the ferry leaves at 7:05\nGiven the race took 1:02:15\nGiven 3 cars')
  const analysis = analyseSteps(features, [])
  assert.deepEqual(
    analysis.steps.map((step) => [step.group.expression, step.group.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`)]),
    [
      ['the ferry leaves at {time}', ['time: string']],
      ['the race took {time}', ['time: string']],
      ['{int} cars', ['cars: number']]
    ]
  )
  assert.deepEqual(
    analysis.steps[0]!.group.texts.map((text) => text.slots.map((slot) => slot.value)),
    [['10:30'], ['7:05']]
  )
  // Cucumber's own expression library, with the parameter types generate writes, matches it so.
  const expression = new CucumberExpression('the ferry leaves at {time}', parameterTypeRegistry())
  assert.deepEqual(
    expression.match('the ferry leaves at 10:30')?.map((argument) => argument.getValue(null)),
    ['10:30']
  )
})

test('outline placeholders name the parameters; one-word values fill a {word}', () => {
  const features = parse({
    'features/fizz.feature':
      'Feature: F\n  Scenario Outline: o\n    Given the number <n>\n    Then the word is <word>\n\n    Examples:\n' +
      '      | n | word |\n      | 1 | 1    |\n      | 3 | Fizz |\n'
  })
  const analysis = analyseSteps(features, [])
  assert.deepEqual(
    analysis.steps.map((step) => [step.group.expression, step.group.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`)]),
    [
      ['the number {int}', ['n: number']],
      ['the word is {word}', ['word: string']]
    ]
  )
})

test('a placeholder some rows fill with several words ("is not") is one {} parameter, kept as the operation\'s input', () => {
  const features = parse({
    'features/ride.feature':
      'Feature: F\n  Scenario Outline: o\n    Given a rider <height> cm tall\n    And the rider <company> with an adult\n' +
      '    When the rider is checked\n    Then boarding is "<allowed>"\n\n    Examples:\n' +
      '      | height | company | allowed |\n      | 125    | is not  | yes     |\n      | 115    | is      | yes     |\n' +
      '      | 109    | is      | no      |\n      | 100    | is not  | no      |\n'
  })
  const analysis = analyseSteps(features, [])
  const group = analysis.steps.find((step) => step.group.expression.startsWith('the rider'))?.group
  assert.equal(group?.expression, 'the rider {} with an adult')
  assert.deepEqual(
    group?.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`),
    ['company: string']
  )
  const expression = new CucumberExpression(group!.expression, parameterTypeRegistry())
  assert.deepEqual(
    ['the rider is not with an adult', 'the rider is with an adult'].map((text) =>
      expression.match(text)?.map((argument) => argument.getValue(null))
    ),
    [['is not'], ['is']]
  )
  const [operation] = extractOperations({ features, support: { definitions: [], undefinedParameterTypes: [], errors: [] } })
  assert.deepEqual(
    operation?.inputs.map((input) => input.name),
    ['height', 'company']
  )
  assert.deepEqual(operation?.examples[0]?.inputs, { height: 125, company: 'is not' })
})

test('a placeholder named like a word the step code reserves takes a word for what it says: <result> is outcome', () => {
  const features = parse({
    'features/hearing.feature':
      'Feature: F\n  Scenario Outline: o\n    Given the level is <level> dB\n    When it is read\n    Then the result is "<result>"\n\n' +
      '    Examples:\n      | level | result |\n      | 10    | normal |\n      | 50    | loss   |\n'
  })
  const then = analyseSteps(features, []).steps.find((step) => step.group.expression === 'the result is {string}')
  assert.deepEqual(
    then?.group.parameters.map((parameter) => parameter.name),
    ['outcome']
  )
})

test('quoted names that tell apart steps of one shape in an outline row are fixed text; in a story they stay a key', () => {
  const outline = parse({
    'features/fuel.feature':
      'Feature: F\n  Scenario Outline: o\n    Given "North" sells diesel at <north>\n    And "South" sells diesel at <south>\n' +
      '    When the cheapest is found\n    Then it is "<cheapest>"\n\n    Examples:\n' +
      '      | north | south | cheapest |\n      | 1.5   | 1.6   | North    |\n      | 1.7   | 1.6   | South    |\n'
  })
  const analysis = analyseSteps(outline, [])
  assert.deepEqual(
    analysis.steps.slice(0, 2).map((step) => [step.group.expression, step.group.parameters.map((parameter) => parameter.name)]),
    [
      ['"North" sells diesel at {float}', ['north']],
      ['"South" sells diesel at {float}', ['south']]
    ]
  )
  assert.deepEqual(
    analysis.operations[0]!.inputs.map((input) => input.name),
    ['north', 'south']
  )
  // A story's names are the keys of what it keeps: one definition.
  assert.deepEqual(expressionsOf(feature('Given "Ana" scores 5 points\nAnd "Ben" scores 3 points')), ['{string} scores {int} points'])
})

test('irregular plurals and verbs that agree with the count are one step: person/people, is/are', () => {
  const features = feature('When 1 person steps out\nWhen 2 people step out\nThen 1 customer is waiting\nThen 3 customers are waiting')
  const expressions = expressionsOf(features)
  assert.deepEqual(expressions, ['{int} person/people steps/step out', '{int} customer(s) is/are waiting'])
  const registry = parameterTypeRegistry()
  const matches = (expression: string, text: string) => new CucumberExpression(expression, registry).match(text) !== null
  assert.ok(matches(expressions[0]!, '1 person steps out') && matches(expressions[0]!, '3 people step out'))
  assert.ok(matches(expressions[1]!, '1 customer is waiting') && matches(expressions[1]!, '2 customers are waiting'))
})

test('values of incompatible kinds at one place split into groups that do not overlap', () => {
  assert.deepEqual(expressionsOf(feature('Given the name is "Ada"\nGiven the name is 5\nGiven the name is 7')), [
    'the name is {string}',
    'the name is {int}'
  ])
})

test('special characters of Cucumber Expressions are escaped, so the text matches itself', () => {
  const text = 'a path /x/{y}(z) with \\ and [^$.*+?|]'
  const expression = escapeExpressionText(text)
  assert.equal(expression, 'a path \\/x\\/\\{y\\}\\(z\\) with \\\\ and [^$.*+?|]')
  assert.notEqual(new CucumberExpression(expression, parameterTypeRegistry()).match(text), null)
  assert.equal(inferExpression(['cost ', ' (approx)'], ['float']), 'cost {float} \\(approx\\)')
})

test('a parameter that would also match a step a hand-written definition matches is kept to exact text', () => {
  const features = feature('Given I have 5 apples\nGiven I have 6 apples\nGiven I have 7 apples')
  const analysis = analyseSteps(features, [handWritten('I have 7 apples')])
  assert.deepEqual(
    analysis.steps.map((step) => [step.group.expression, step.group.literal]),
    [
      ['I have 5 apples', true],
      ['I have 6 apples', true]
    ]
  )
})

test('a {word} group that would match the texts of another group is kept to exact text', () => {
  const features = parse({
    'features/a.feature':
      'Feature: A\n  Scenario Outline: o\n    Given the count is <c>\n\n    Examples:\n      | c    |\n      | many |\n' +
      '      | few  |\n\n  Scenario: s\n    Given the count is "5"\n'
  })
  const analysis = analyseSteps(features, [])
  assert.equal(analysis.problems.length, 0)
  const texts = ['the count is many', 'the count is few', 'the count is "5"']
  const registry = parameterTypeRegistry()
  const expressions = analysis.steps.map((step) => new CucumberExpression(step.group.expression, registry))
  for (const text of texts) assert.equal(expressions.filter((expression) => expression.match(text) !== null).length, 1, text)
})

test('every step text of the example specifications matches exactly one generated expression', () => {
  const features = synthesisFeatures()
  const analysis = analyseSteps(features, [])
  const registry = parameterTypeRegistry()
  const expressions = analysis.steps.map((step) => new CucumberExpression(step.group.expression, registry))
  const texts = new Set(features.flatMap((parsed) => parsed.pickles.flatMap((pickle) => pickle.steps.map((step) => step.text))))
  assert.ok(texts.size > 80)
  for (const text of texts) assert.equal(expressions.filter((expression) => expression.match(text) !== null).length, 1, text)
  // Grouping: far fewer definitions than step texts.
  assert.ok(analysis.steps.length * 3 < texts.size, `${analysis.steps.length} definitions for ${texts.size} texts`)
})

test('operations are extracted from Specification-by-Example features, examples pooled with their source rows', () => {
  const operations = extractOperations({
    features: synthesisFeatures(),
    support: { definitions: [], undefinedParameterTypes: [], errors: [] }
  })
  const byName = new Map(operations.map((operation) => [operation.name, operation]))
  const shipping = byName.get('calculateShippingCost')!
  assert.deepEqual(shipping.inputs, [{ name: 'weight', type: 'number' }])
  assert.deepEqual(shipping.outputs, [{ name: 'cost', type: 'number' }])
  assert.equal(shipping.whenText, 'the shipping cost is calculated')
  assert.deepEqual(shipping.examples[0], { inputs: { weight: 0.5 }, outputs: { cost: 5 }, source: 'features/shipping.feature:11' })
  assert.equal(shipping.examples.length, 5)
  assert.equal(shipping.stateful, false)

  const discount = byName.get('applyDiscount')!
  assert.deepEqual(discount.inputs, [
    { name: 'tier', type: 'string', categorical: true },
    { name: 'amount', type: 'number' }
  ])
  assert.deepEqual(discount.examples[1], {
    inputs: { tier: 'silver', amount: 100 },
    outputs: { total: 95 },
    source: 'features/discount.feature:10'
  })

  const fullName = byName.get('formatFullName')!
  assert.deepEqual(fullName.inputs, [
    { name: 'first', type: 'string' },
    { name: 'last', type: 'string' }
  ])

  const leap = byName.get('isLeapYear')!
  assert.deepEqual(leap.outputs, [{ name: 'answer', type: 'boolean' }])
  assert.deepEqual(leap.examples[0].outputs, { answer: true })

  const fizz = byName.get('sayInFizzBuzz')!
  assert.deepEqual(fizz.outputs, [{ name: 'word', type: 'string' }])
  assert.deepEqual(fizz.examples[2].outputs, { word: 'Fizz' })

  for (const name of ['deposit', 'withdraw', 'tryToWithdraw']) {
    assert.equal(byName.get(name)?.stateful, true, name)
    assert.match(byName.get(name)?.reason ?? '', /When steps/)
  }
  for (const name of ['add', 'convertToFahrenheit', 'isEven', 'gradeScore', 'pickLargest'])
    assert.equal(byName.get(name)?.stateful, false, name)
})

test('generation is deterministic: the same features give byte-identical files', () => {
  const plan = () =>
    planStepFiles({ analysis: analyseSteps(synthesisFeatures(), []), featureHashes: new Map(), version: '0.0.0' })
      .map((file) => `${file.path}\n${file.content}`)
      .join('\n')
  assert.equal(plan(), plan())
})

test('scenario flows give each step its role, its place and its values', () => {
  const flows = scenarioFlows(feature('Given a price of 10\nAnd a tax of 0.2\nWhen the tax is computed\nThen the tax is 2'), () => true)
  assert.deepEqual(
    flows[0].steps.map(({ occurrence }) => [occurrence.role, occurrence.line]),
    [
      ['given', 3],
      ['given', 4],
      ['when', 5],
      ['then', 6]
    ]
  )
  assert.equal(groupSteps(flows[0].steps.map(({ occurrence }) => occurrence)).length, 4)
})

test('an operation names the scenarios that need it at their own line: an outline once, at its title', () => {
  const features = parse({
    'features/tax.feature': [
      'Feature: Tax',
      '  Scenario Outline: tax on <price>',
      '    Given a price of <price>',
      '    When the tax is computed',
      '    Then the tax is <tax>',
      '',
      '    Examples:',
      '      | price | tax |',
      '      | 100   | 20  |',
      '      | 50    | 10  |',
      '',
      '  Scenario: no price',
      '    Given a price of 0',
      '    When the tax is computed',
      '    Then the tax is 0',
      ''
    ].join('\n')
  })
  const [operation] = analyseSteps(features, []).operations
  assert.deepEqual(operation.neededBy, ['"tax on 100" (features/tax.feature:2)', '"no price" (features/tax.feature:12)'])
})

test('money and measures are {float} even when every example is whole; counts stay {int}', () => {
  const features = parse({
    'features/order.feature': [
      'Feature: Order',
      '  Scenario Outline: discount',
      '    Given an order totalling <total> euros',
      '    And a basket with <items> apples',
      '    When the discount is applied',
      '    Then the customer pays <paid>',
      '',
      '    Examples:',
      '      | total | items | paid |',
      '      | 40    | 2     | 40   |',
      '      | 120   | 3     | 108  |',
      ''
    ].join('\n')
  })
  const expressions = analyseSteps(features, []).steps.map((step) => step.group.expression)
  assert.ok(expressions.includes('an order totalling {float} euros'), expressions.join(' | '))
  assert.ok(expressions.includes('a basket with {int} apples'), expressions.join(' | '))
  assert.ok(expressions.includes('the customer pays {float}'), expressions.join(' | '))
})

test('two steps of one scenario whose values would take the same name get a field each: neither overwrites the other', () => {
  const features = parse({
    'features/trip.feature': `Feature: Trip
  Scenario Outline: cost
    Given a drive of <km> km
    And the car uses <kwh> kWh per 100 km
    When the cost is estimated
    Then the cost is <cost>

    Examples:
      | km  | kwh | cost |
      | 100 | 15  | 15   |
      | 200 | 20  | 40   |
`
  })
  const [operation] = analyseSteps(features, []).operations
  const names = operation!.inputs.map((input) => input.name)
  assert.equal(new Set(names).size, names.length, names.join(', '))
  assert.deepEqual(
    operation!.examples.map((example) => example.inputs.km),
    [100, 200]
  )
})

test('an operation takes only the values every scenario that uses it gives: no input some scenarios never set', () => {
  const features = parse({
    'features/thermostat.feature': `Feature: Thermostat
  Scenario: lowering
    Given the thermostat is set to 8 degrees
    When the target is lowered by 10 degrees
    Then the target is 5 degrees

  Scenario: lowering in a warm room
    Given the thermostat is set to 20 degrees
    And the room is at 18 degrees
    When the target is lowered by 3 degrees
    Then the target is 17 degrees
`
  })
  const operation = analyseSteps(features, []).operations.find((candidate) => candidate.examples.length === 2)!
  assert.equal(operation.inputs.length, 2, operation.inputs.map((input) => input.name).join(', '))
  assert.ok(operation.examples.every((example) => Object.keys(example.inputs).length === 2))
})

test('a negated Then checks the opposite: false for a yes/no outcome, not equal for a value', () => {
  const features = parse({
    'features/lock.feature': [
      'Feature: Lock',
      '  Scenario: blocked',
      '    Given a lock with PIN "4711"',
      '    When someone enters PIN "1111"',
      '    Then the lock is blocked',
      '    And the message is "blocked"',
      '  Scenario: open',
      '    Given a lock with PIN "4711"',
      '    When someone enters PIN "4711"',
      '    Then the lock is not blocked',
      '    And the message isn\'t "blocked"',
      ''
    ].join('\n')
  })
  const analysis = analyseSteps(features, [])
  const file = planStepFiles({ analysis, featureHashes: new Map(), version: '0' }).find((planned) => planned.path.endsWith('lock.steps.ts'))
  const body = file?.content ?? ''
  const definition = (expression: string) => body.slice(body.indexOf(`(${JSON.stringify(expression)}`)).split('\n})')[0]
  assert.match(definition('the lock is blocked'), /expect\(this\.lockBlocked, "lockBlocked"\)\.to\.equal\(true\)/)
  assert.match(definition('the lock is not blocked'), /expect\(this\.lockBlocked, "lockBlocked"\)\.to\.equal\(false\)/)
  assert.match(definition('the message is {string}'), /expect\(this\.actualMessage, "message"\)\.to\.equal\(message\)/)
  assert.match(definition("the message isn't {string}"), /expect\(this\.actualMessage, "message"\)\.not\.to\.equal\(message\)/)
  // The operation learns from what is said to be, not from what is said not to be.
  const examples = analysis.operations[0].examples
  assert.deepEqual(
    examples.map((example) => example.outputs),
    [{ lockBlocked: true, message: 'blocked' }, { lockBlocked: false }]
  )
})

/** The Then steps' expressions of some lines, and whether each expression matches a text of the other count. */
const pluralCases: Array<{ name: string; lines: string[]; expressions: string[]; fields?: string[][]; matches: string[] }> = [
  {
    name: 'a count in the singular and in the plural is one step: one expression with an optional ending, one field',
    lines: [
      'Given a member "Sam" with no loans',
      'When Sam borrows "Dune"',
      'Then Sam has 1 book on loan',
      'When Sam borrows "Emma"',
      'Then Sam has 2 books on loan',
      'And the shelf holds 1 box',
      'And the shelf holds 3 boxes'
    ],
    expressions: ['Sam has {int} book(s) on loan', 'the shelf holds {int} box(es)'],
    fields: [['actualBook'], ['actualHolds']],
    matches: ['Sam has 3 books on loan', 'the shelf holds 1 box']
  },
  {
    name: 'a word between the count and its noun does not split the singular from the plural: "{int} failed attempt(s)"',
    lines: [
      'Given an account with no failed attempts',
      'When the user signs in with a wrong password',
      'Then the account shows 1 failed attempt',
      'When the user signs in with the right password',
      'Then the account shows 0 failed attempts',
      'And Sam has 3 overdue books on loan',
      'And Sam has 1 overdue book on loan'
    ],
    expressions: ['the account shows {int} failed attempt(s)', 'Sam has {int} overdue book(s) on loan'],
    matches: ['the account shows 2 failed attempts', 'Sam has 1 overdue book on loan']
  }
]

for (const pluralCase of pluralCases) {
  test(pluralCase.name, () => {
    const thens = analyseSteps(feature(pluralCase.lines.join('\n')), []).steps.filter((step) => step.group.role === 'then')
    assert.deepEqual(
      thens.map((step) => step.group.expression),
      pluralCase.expressions
    )
    const registry = parameterTypeRegistry()
    thens.forEach((step, index) => {
      assert.equal(new CucumberExpression(step.group.expression, registry).match(pluralCase.matches[index])?.length, 1)
    })
    if (pluralCase.fields) {
      assert.deepEqual(
        thens.map((step) => step.fields.map((field) => field.name)),
        pluralCase.fields
      )
    }
  })
}

test('"no" inside a phrase is text, not a {boolean}: only a standalone yes/no/true/false is a value', () => {
  assert.deepEqual(
    expressionsOf(feature('Given a member "Sam" with no loans\nGiven the premium is yes\nGiven the flag is true for "Ann"')),
    ['a member {string} with no loans', 'the premium is {boolean}', 'the flag is {boolean} for {string}']
  )
})

test('a field a kept (hand-edited) file uses keeps its name and type: a new field of another type is named apart', () => {
  const kept = [{ name: 'actualShows', type: 'string' as const, role: 'outcome' as const }]
  const previous = [...kept, { name: 'actualShows2', type: 'number' as const, role: 'outcome' as const }]
  const meter = feature('When 2 coins are inserted\nThen the meter shows 30 minutes')
  const withKept = analyseSteps(meter, [], { previousFields: previous, keptFields: kept })
  assert.deepEqual(
    withKept.fields.map((field) => `${field.name}: ${field.type}`),
    ['actualShows2: number', 'actualShows: string']
  )
  // Without kept files the name goes to whatever needs it now.
  const fresh = analyseSteps(meter, [], { previousFields: previous })
  assert.deepEqual(
    fresh.fields.map((field) => `${field.name}: ${field.type}`),
    ['actualShows: number', 'actualShows2: number']
  )
  // A new step of the same name and type shares the kept field.
  const lock = feature('When someone enters PIN "1"\nThen the sign shows "open"')
  const shared = analyseSteps(lock, [], { previousFields: kept, keptFields: kept })
  assert.deepEqual(
    shared.fields.map((field) => `${field.name}: ${field.type}`),
    ['actualShows: string']
  )
})

test('an outline row\'s "no" before a noun is a word, like the other rows\' counts; standing alone it is a boolean', () => {
  const outline = parse({
    'features/loans.feature': [
      'Feature: Loans',
      '  Scenario Outline: loans',
      '    Given a member with <count> loans',
      '    And the answer is <answer>',
      '    Examples:',
      '      | count | answer |',
      '      | no    | no     |',
      '      | 2     | yes    |',
      ''
    ].join('\n')
  })
  assert.deepEqual(expressionsOf(outline), ['a member with {word} loans', 'the answer is {boolean}'])
})

test('a stateful feature does not make another feature stateful because their outcomes share a name ("the total")', () => {
  const feature = (uri: string, lines: string[]) => parseFeature({ uri, data: [...lines, ''].join('\n') })
  const cart = feature('features/cart.feature', [
    'Feature: Cart',
    '  Scenario: adding',
    '    Given an empty cart',
    '    When the shopper adds a product costing 12.50',
    '    And the shopper adds a product costing 3.00',
    '    Then the cart total is 15.50'
  ])
  const till = feature('features/till.feature', [
    'Feature: Till',
    '  Scenario Outline: adding up',
    '    Given <quantity> items at <price> each',
    '    When the till adds them up',
    '    Then the total is <total>',
    '    Examples:',
    '      | quantity | price | total |',
    '      | 1        | 2.00  | 2.00  |',
    '      | 3        | 2.00  | 4.00  |'
  ])
  const alone = analyseSteps([till], []).operations.find((operation) => operation.name === 'tillAddsThemUp')
  const beside = analyseSteps([cart, till], []).operations.find((operation) => operation.name === 'tillAddsThemUp')
  assert.equal(alone?.stateful, false)
  assert.equal(beside?.stateful, false)
})

test('a whole number of a unit another step gives a decimal of is {float} too: a half day cancelled still matches', () => {
  const features = parse({
    'features/leave.feature': [
      'Feature: Leave',
      '  Scenario: half days',
      '    Given Omar has 25 days of leave',
      '    When Omar books 2.5 days off',
      '    And Omar cancels 2 days off',
      '    And Omar waits 2 days',
      '    Then Omar has 24.5 days left',
      '',
      '  Scenario: counts stay whole',
      '    Given Omar has 3 days of leave',
      '    When Omar books 1 day off',
      '    And Omar prints 3 pages',
      '    Then Omar has 2 days left',
      ''
    ].join('\n')
  })
  const expressions = analyseSteps(features, []).steps.map((step) => step.group.expression)
  assert.ok(expressions.includes('Omar cancels {float} days off'), expressions.join(' | '))
  assert.ok(expressions.includes('Omar has {float} days of leave'), expressions.join(' | '))
  assert.ok(expressions.includes('Omar prints {int} pages'), expressions.join(' | '))
})

test("a value named after the operation's verb is an amount; one named after the noun its article marks keeps that name", () => {
  const { steps } = analyseSteps(
    feature(
      [
        'Given the catalogue has the book "1" titled "Dune"',
        'When the book "1" is renamed "Dune Messiah"',
        'And I deposit 100',
        'And the driver pays for 90 minutes',
        'Then the book "1" is titled "Dune Messiah"'
      ].join('\n')
    ),
    []
  )
  const names = (expression: string) =>
    steps.find((step) => step.group.expression === expression)!.group.parameters.map((parameter) => parameter.name)
  assert.deepEqual(names('the book {string} is renamed {string}'), ['book', 'renamed'])
  assert.deepEqual(names('I deposit {float}'), ['amount'])
  // Named by its unit, not by the operation: 90 minutes are minutes.
  assert.deepEqual(names('the driver pays for {float} minutes'), ['minutes'])
})

test("an outline's placeholders name the values of a When step, even where the operation is named by the same words", () => {
  const features = parse({
    'features/trip.feature': [
      'Feature: Guides for a school trip',
      '  Scenario Outline: how many guides',
      '    When <pupils> pupils from <classes> classes go on a trip',
      '    Then the trip needs <guides> guides',
      '',
      '    Examples:',
      '      | pupils | classes | guides |',
      '      | 1      | 1       | 1      |',
      '      | 13     | 1       | 2      |',
      ''
    ].join('\n')
  })
  const { steps } = analyseSteps(features, [])
  const trip = steps.find((step) => step.group.expression === '{int} pupils from {int} classes go on a trip')!
  assert.deepEqual(
    trip.group.parameters.map((parameter) => parameter.name),
    ['pupils', 'classes']
  )
})

test('values named by their type alone are numbered in the order the step gives them', () => {
  const { steps } = analyseSteps(
    feature(['Given an empty to-do list', 'When I add "buy milk" as "normal"', 'Then the next task is "buy milk"'].join('\n')),
    []
  )
  const add = steps.find((step) => step.group.expression === 'I add {string} as {string}')!
  assert.deepEqual(
    add.group.parameters.map((parameter) => parameter.name),
    ['text', 'text2']
  )
})

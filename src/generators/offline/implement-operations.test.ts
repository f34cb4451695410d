import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps/analyse'
import { exampleRow, implementOperations } from './implement-operations'

const outline = (name: string, when: string, rows: string[]) =>
  `Feature: ${name}\n  Scenario Outline: ${name}\n    Given the number <n>\n    When ${when}\n    Then the result is <result>\n\n` +
  `    Examples:\n      | n | result |\n${rows.map((row) => `      ${row}`).join('\n')}\n`

test('each operation is told before it is worked on (synthesis holds the event loop, so a progress line is drawn from there)', () => {
  const newId = IdGenerator.incrementing()
  const features = [
    parseFeature(
      { uri: 'features/double.feature', data: outline('Doubling', 'the number is doubled', ['| 1 | 2 |', '| 4 | 8 |', '| 5 | 10 |']) },
      { newId }
    ),
    parseFeature(
      { uri: 'features/square.feature', data: outline('Squaring', 'the number is squared', ['| 2 | 4 |', '| 3 | 9 |', '| 5 | 25 |']) },
      { newId }
    )
  ]
  const { operations } = analyseSteps(features, [])
  const told: string[] = []
  const synthesised = new Set<string>()
  const implemented = implementOperations(operations, {
    onOperation: (name, index, total) => {
      told.push(`${index}/${total} ${name}: ${synthesised.size} done before`)
      synthesised.add(name)
    }
  })
  assert.deepEqual(
    told,
    operations.map((operation, index) => `${index + 1}/2 ${operation.name}: ${index} done before`)
  )
  assert.deepEqual(
    implemented.outcomes.map((outcome) => outcome.status),
    ['synthesised', 'synthesised']
  )
})

// A question row is pasted into the scenario's own table: it spells yes/no as the table does.
test('a deciding row writes a boolean input as its column spells booleans', () => {
  const feature = parseFeature(
    {
      uri: 'features/ride.feature',
      data:
        'Feature: Ride\n  Scenario Outline: ride\n    Given a rider of <height> cm\n    And accompanied is <accompanied>\n' +
        '    When the rider asks to ride\n    Then allowed is <allowed>\n\n    Examples:\n      | height | accompanied | allowed |\n' +
        '      | 130 | no | yes |\n      | 110 | no | no |\n      | 110 | yes | yes |\n      | 90 | yes | no |\n'
    },
    { newId: IdGenerator.incrementing() }
  )
  const { operations } = analyseSteps([feature], [])
  const operation = operations[0]!
  const accompanied = Object.entries(operation.examplesColumns?.inputs ?? {}).find(([, column]) => column === 'accompanied')?.[0]
  assert.ok(accompanied, 'the accompanied column is an input')
  assert.deepEqual(operation.examplesColumns?.booleanWords?.accompanied, { true: 'yes', false: 'no' })
  const height = Object.entries(operation.examplesColumns!.inputs).find(([, column]) => column === 'height')![0]
  const { row } = exampleRow(operation, { [height]: 100, [accompanied]: false })
  assert.match(row, /^\| 100 +\| no +\| \? +\|$/u)
})

test('a deciding row writes a number with the decimals its column writes every number with', () => {
  const feature = parseFeature(
    {
      uri: 'features/charge.feature',
      data:
        'Feature: Charge\n  Scenario Outline: charge\n    When an order worth <value> is delivered\n    Then the charge is <charge>\n\n' +
        '    Examples:\n      | value | charge |\n      | 10.00 | 3.00 |\n      | 37.50 | 3.00 |\n      | 80.00 | 6.40 |\n      | 7 | 3.00 |\n'
    },
    { newId: IdGenerator.incrementing() }
  )
  const { operations } = analyseSteps([feature], [])
  const operation = operations[0]!
  assert.deepEqual(operation.examplesColumns?.decimals, { charge: 2 }, 'a column mixing "7" and "10.00" keeps no decimals')
  const value = Object.entries(operation.examplesColumns!.inputs).find(([, column]) => column === 'value')![0]
  assert.match(exampleRow(operation, { [value]: 43.8 }, { charge: 3.5 }).row, /^\| 43\.8 +\| 3\.50 +\|$/u)
})

test('a question whose answer only one example row gives names that row: it may be a slip the rules only part over', () => {
  const data = outline('Cups', 'the cup is priced', [
    '| 150 | 2.50 |',
    '| 250 | 2.50 |',
    '| 251 | 3.20 |',
    '| 330 | 3.02 |',
    '| 400 | 3.20 |',
    '| 365 | 3.20 |',
    '| 291 | 3.20 |',
    '| 401 | 3.90 |',
    '| 500 | 3.90 |'
  ])
  const feature = parseFeature({ uri: 'features/cups.feature', data }, { newId: IdGenerator.incrementing() })
  const { operations } = analyseSteps([feature], [])
  const [outcome] = implementOperations(operations).outcomes
  assert.equal(outcome!.status, 'ambiguous')
  const [row] = outcome!.distinguishingExamples!
  assert.deepEqual(row!.loneRow, { source: 'features/cups.feature:12', value: 3.02 })
  const [plain] = implementOperations(
    analyseSteps(
      [
        parseFeature(
          {
            uri: 'features/half.feature',
            data: outline('Halves', 'the number is halved', ['| 2 | 1 |', '| 4 | 2 |', '| 7 | 3 |', '| 9 | 4 |'])
          },
          { newId: IdGenerator.incrementing() }
        )
      ],
      []
    ).operations
  ).outcomes
  for (const question of plain!.distinguishingExamples ?? []) assert.equal(question.loneRow, undefined)
})

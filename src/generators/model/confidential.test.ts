import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from '../../gherkin'
import {
  confidentialDefinitions,
  confidentialityOf,
  isConfidentialCompilerError,
  isConfidentialFile,
  isConfidentialScenario,
  onlyConfidentialLeft,
  withoutStepDefinitions
} from './confidential'
import { selectFeatureExcerpts } from './context'

const SOURCE = `Feature: Shop
  Scenario: an open scenario
    Given a basket with 2 apples

  Scenario Outline: prices
    Given a basket with <count> apples

    Examples:
      | count |
      | 3     |

    @board-only
    Examples: figures for the board
      | count |
      | 9041  |

  @confidential
  Scenario: the merger with Globex
    Given the code name "BLUEHERON"

  @confidential
  Rule: acquisitions
    Scenario: buying Initech
      Given the price of Initech
`

test('scenarios, rules and Examples with a confidential tag are confidential, pickle by pickle, and blanked from what an excerpt may show', () => {
  const feature = parseFeature({ uri: 'features/shop.feature', data: SOURCE })
  const confidentiality = confidentialityOf([feature], { confidential: { tags: ['@confidential', '@board-only'] } })
  const lines = (text: string) => SOURCE.split('\n').findIndex((line) => line.includes(text)) + 1
  assert.deepEqual(
    [...confidentiality.scenarios].sort(),
    [
      `features/shop.feature:${lines('9041')}`,
      `features/shop.feature:${lines('merger')}`,
      `features/shop.feature:${lines('buying Initech')}`
    ].sort()
  )
  assert.equal(isConfidentialScenario(confidentiality, { uri: 'features/shop.feature', line: lines('| 3') }), false)
  const visible = confidentiality.visibleFeatures[0].source
  for (const hidden of ['9041', 'figures for the board', 'Globex', 'BLUEHERON', 'acquisitions', 'Initech', '@board-only'])
    assert.doesNotMatch(visible, new RegExp(hidden))
  assert.match(visible, /\| 3 {5}\|/)
  assert.equal(visible.split('\n').length, SOURCE.split('\n').length)
  // Words only confidential scenarios use, and their texts no open scenario has.
  assert.deepEqual(confidentiality.words.sort(), ['blueheron', 'buying', 'globex', 'initech', 'merger', 'price'])
  assert.ok(confidentiality.texts.includes('the code name "BLUEHERON"'))
  assert.ok(!confidentiality.texts.includes('a basket with 2 apples'))
})

test('an excerpt of an outline with confidential Examples shows the rest, and counts no confidential scenario', () => {
  const feature = parseFeature({ uri: 'features/shop.feature', data: SOURCE })
  const confidentiality = confidentialityOf([feature], {})
  const outlineLine = SOURCE.split('\n').findIndex((line) => line.includes('| 3')) + 1
  const [excerpt] = selectFeatureExcerpts(confidentiality.visibleFeatures, [
    { name: 'prices', uri: 'features/shop.feature', line: outlineLine, status: 'undefined', undefinedSteps: [] }
  ])
  assert.match(excerpt.text, /Scenario Outline: prices/)
  // The default tag is @confidential only: @board-only rows are shown.
  assert.match(excerpt.text, /9041/)
  assert.match(excerpt.text, /# … 1 other scenarios in this file not shown/)
  assert.doesNotMatch(excerpt.text, /Globex|Initech/)
  assert.equal(excerpt.scenarios.length, 1)
  assert.match(excerpt.scenarios[0].sha256, /^[0-9a-f]{64}$/)
})

test('a feature tagged confidential is confidential whole', () => {
  const feature = parseFeature({
    uri: 'features/secret.feature',
    data: `@confidential\nFeature: Secret\n  Scenario: one\n    Given a step\n`
  })
  const confidentiality = confidentialityOf([feature], {})
  assert.equal(confidentiality.scenarios.size, 1)
  assert.equal(confidentiality.visibleFeatures[0].source.trim(), '')
})

test('confidential files match the globs; compiler errors in them are recognised', () => {
  const files = { files: ['src/secret/**', '**/*.private.ts'] }
  assert.equal(isConfidentialFile(files, 'src/secret/pricing.ts'), true)
  assert.equal(isConfidentialFile(files, 'generated/src/deep/x.private.ts'), true)
  assert.equal(isConfidentialFile(files, 'src/pricing.ts'), false)
  assert.equal(isConfidentialCompilerError(files, "src/secret/pricing.ts(3,5): error TS2322: Type 'string' is not assignable"), true)
  assert.equal(isConfidentialCompilerError(files, 'src/open.ts:3:5 - error TS2322'), false)
})

test('step definitions only confidential scenarios use are found, and cut from a file shown whole', () => {
  const feature = parseFeature({ uri: 'features/shop.feature', data: SOURCE })
  const confidentiality = confidentialityOf([feature], {})
  const definitions = [
    { pattern: 'a basket with {int} apples', patternKind: 'cucumber-expression' as const, uri: 'generated/steps/shop.steps.ts', line: 3 },
    { pattern: 'the code name {string}', patternKind: 'cucumber-expression' as const, uri: 'generated/steps/shop.steps.ts', line: 7 },
    { pattern: '^the price of (\\w+)$', patternKind: 'regular-expression' as const, uri: 'generated/steps/shop.steps.ts', line: 11 }
  ]
  const withheld = confidentialDefinitions(confidentiality, definitions)
  assert.deepEqual(
    withheld.map((definition) => definition.line),
    [7, 11]
  )
  const source = [
    "import { Given } from '@cucumber/cucumber'",
    '',
    "Given('a basket with {int} apples', function (count: number) {",
    '  this.count = count',
    '})',
    '',
    "Given('the code name {string}', function (name: string) {",
    '  this.codeName = name',
    '})',
    '',
    'Given(/^the price of (\\w+)$/, function (company: string) {',
    '  this.company = company',
    '})',
    ''
  ].join('\n')
  const shown = withoutStepDefinitions(source, new Set(withheld.map((definition) => definition.pattern)))
  assert.match(shown, /a basket with \{int\} apples/)
  assert.doesNotMatch(shown, /code name|codeName|price of|company/)
})

test('the model is not asked when every scenario still to fix is confidential, and the reason says how many', () => {
  const feature = parseFeature({ uri: 'features/shop.feature', data: SOURCE })
  const confidentiality = confidentialityOf([feature], {})
  const line = (text: string) => SOURCE.split('\n').findIndex((candidate) => candidate.includes(text)) + 1
  const merger = { uri: 'features/shop.feature', line: line('merger') }
  const initech = { uri: 'features/shop.feature', line: line('buying Initech') }
  assert.equal(onlyConfidentialLeft(confidentiality, [merger, { uri: 'features/shop.feature', line: line('an open scenario') }]), undefined)
  assert.equal(
    onlyConfidentialLeft(confidentiality, [merger]),
    'the 1 scenario still not passing is confidential (@confidential): the model is not asked about it'
  )
  assert.equal(
    onlyConfidentialLeft(confidentiality, [merger, initech]),
    'the 2 scenarios still not passing are confidential (@confidential): the model is not asked about them'
  )
})

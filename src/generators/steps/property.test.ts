import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import fc from 'fast-check'
import { generateInto, runCheck, runTypeScript, temporaryProject, textsNotMatchedExactlyOnce } from './generated-project'
import { MAX_STEP_TEXT_LENGTH } from '../../gherkin'

/**
 * Property: for random features whose step text holds quotes of both kinds, backticks, `${`,
 * `*\/`, backslashes, Cucumber Expression and regex special characters, unicode (accents, CJK,
 * right-to-left, emoji) and very long lines, every step text matches exactly one generated
 * expression, tsc is clean, and cucumber (through `specloop check`) finds no undefined or
 * ambiguous step. Features come in batches, one temporary project and one tsc run per batch.
 *
 * `npm test` runs SPECLOOP_PROPERTY_FEATURES (default 200) features in one batch, and also runs
 * `specloop check` (cucumber loading the generated files) on it; `npm run test:property` runs
 * 10,000 in batches of 1,000 with the expression check and tsc.
 */
const TOTAL = Number(process.env.SPECLOOP_PROPERTY_FEATURES ?? 200)
const BATCH = Math.min(TOTAL, Number(process.env.SPECLOOP_PROPERTY_BATCH ?? 1000))
// cucumber matches every step against every definition: quadratic, so only on small batches.
const CUCUMBER_CHECK = BATCH <= 250
const SEED = process.env.SPECLOOP_PROPERTY_SEED === undefined ? undefined : Number(process.env.SPECLOOP_PROPERTY_SEED)

const plainWord = fc.constantFrom('the', 'a', 'user', 'parcel', 'cost', 'is', 'of', 'with', 'and', 'price', 'calculated', 'Given', 'When')
const specialWord = fc.constantFrom(
  '(',
  ')',
  '{',
  '}',
  '{int}',
  '(s)',
  'a/b',
  '/',
  '\\',
  '\\\\',
  '"',
  "'",
  '`',
  '${x}',
  '${',
  '*/',
  '/*',
  '^',
  '$',
  '.',
  '.*',
  '+',
  '?',
  '[',
  ']',
  '|',
  '<',
  '>',
  '<x',
  '#',
  '@',
  ':',
  '%s',
  "it's",
  'a"b',
  "a'b",
  '\\"',
  "\\'",
  '-',
  '--',
  '0x1F',
  '1e5',
  '1.',
  '.5'
)
const unicodeWord = fc.constantFrom(
  'café',
  'naïve',
  'Ærø',
  '日本語',
  '中文',
  'עברית',
  'العربية',
  '🎉',
  '👩‍💻',
  'e\u0301',
  '\u200f',
  'ß',
  'İ',
  '½',
  '€'
)
const literal = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('true', 'false', 'yes', 'no'),
  fc
    .string({ maxLength: 12 })
    .filter((text) => !/["\n\r]/.test(text))
    .map((text) => `"${text}"`),
  fc
    .string({ maxLength: 12 })
    .filter((text) => !/['\n\r]/.test(text))
    .map((text) => `'${text}'`)
)
const randomWord = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((text) => !/[\s|]/u.test(text))
const longWord = fc.constantFrom('x', 'ab ', '日本', '(y)').map((piece) => piece.repeat(600))
// Very long lines are rarer (about one step in twenty-five): compiling their expressions dominates the run time.
const token = fc.oneof(
  { weight: 40, arbitrary: plainWord },
  { weight: 24, arbitrary: specialWord },
  { weight: 16, arbitrary: unicodeWord },
  { weight: 24, arbitrary: literal },
  { weight: 16, arbitrary: randomWord },
  { weight: 1, arbitrary: longWord }
)

/** Gherkin trims step text, and a text must have something in it. */
const stepText = fc
  .array(token, { minLength: 1, maxLength: 8 })
  .map((tokens) =>
    tokens
      .join(' ')
      // eslint-disable-next-line no-control-regex -- the line breaks Gherkin splits on, control characters included
      .replace(/[\n\r\u2028\u2029\u0085\u000b\u000c]/g, ' ')
      .trim()
  )
  // Longer steps (several long words in one) are refused before generating: step-limits.test.ts.
  .filter((text) => text.length > 0 && text.length <= MAX_STEP_TEXT_LENGTH)

const keyword = fc.constantFrom('Given', 'When', 'Then', 'And', 'But', '*')
const cellValue = fc.oneof(
  fc.integer({ min: -50, max: 50 }).map(String),
  fc.constantFrom('1.5', 'Fizz', 'gold', 'café', '日本', 'yes', 'no', 'a b', '"q"', "'s'", '`t`', '${v}'),
  fc.string({ maxLength: 6 }).filter((text) => !/[|\\\n\r]/.test(text) && text.trim() === text)
)
const placeholderName = fc.constantFrom('n', 'weight', 'tier', 'first name', 'poids', '名前', 'x1', 'class', 'delete', 'constructor')

interface StepSpec {
  keyword: string
  text: string
  argument?: 'table' | 'docString'
}
const step = fc.record({
  keyword,
  text: stepText,
  argument: fc.constantFrom(undefined, undefined, undefined, undefined, 'table', 'docString')
}) as fc.Arbitrary<StepSpec>

const scenario = fc.oneof(
  fc.record({ kind: fc.constant('scenario' as const), steps: fc.array(step, { minLength: 1, maxLength: 5 }) }),
  fc.record({
    kind: fc.constant('outline' as const),
    steps: fc.array(step, { minLength: 1, maxLength: 4 }),
    placeholders: fc.uniqueArray(placeholderName, { minLength: 1, maxLength: 3 }),
    rows: fc.array(fc.array(cellValue, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    quoted: fc.boolean()
  })
)

const escapeCell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')

function renderStep(spec: StepSpec, indent: string): string[] {
  const lines = [`${indent}${spec.keyword} ${spec.text}`]
  if (spec.argument === 'table') lines.push(`${indent}  | name | value |`, `${indent}  | a    | 1     |`)
  if (spec.argument === 'docString') lines.push(`${indent}  \`\`\`json`, `${indent}  {"a": "\${b}*/\`"}`, `${indent}  \`\`\``)
  return lines
}

type ScenarioSpec = typeof scenario extends fc.Arbitrary<infer T> ? T : never

function renderFeature(index: number, scenarios: ScenarioSpec[]): string {
  const lines = [`Feature: random feature ${index} with "quotes" and \`ticks\``, '']
  scenarios.forEach((spec, scenarioIndex) => {
    if (spec.kind === 'scenario') {
      lines.push(`  Scenario: scenario ${scenarioIndex} */ \${x}`)
      for (const stepSpec of spec.steps) lines.push(...renderStep(stepSpec, '    '))
    } else {
      lines.push(`  Scenario Outline: outline ${scenarioIndex}`)
      spec.steps.forEach((stepSpec, stepIndex) => {
        const name = spec.placeholders[stepIndex % spec.placeholders.length]
        const placeholder = spec.quoted ? `"<${name}>"` : `<${name}>`
        // Text that reads as a placeholder no column names (`<é>`) is a located problem of the spec (check's PLACEHOLDER_UNKNOWN).
        const text = stepSpec.text.replace(/</g, '\u2039').replace(/>/g, '\u203a')
        lines.push(...renderStep({ ...stepSpec, text: `${text} ${placeholder}` }, '    '))
      })
      lines.push('', '    Examples:', `      | ${spec.placeholders.map(escapeCell).join(' | ')} |`)
      for (const row of spec.rows)
        lines.push(`      | ${spec.placeholders.map((_, column) => escapeCell(row[column] ?? '')).join(' | ')} |`)
    }
    lines.push('')
  })
  return lines.join('\n')
}

const featureArbitrary = fc.array(scenario, { minLength: 1, maxLength: 3 })

test(
  `generated step definitions for ${TOTAL} random features compile and match every step exactly once`,
  { timeout: 60 * 60 * 1000 },
  () => {
    const batches = Math.ceil(TOTAL / BATCH)
    let featuresChecked = 0
    const details = fc.check(
      fc.property(fc.array(featureArbitrary, { minLength: BATCH, maxLength: BATCH }), (featureSpecs) => {
        const project = temporaryProject('specloop-property-')
        try {
          const files: Record<string, string> = {}
          featureSpecs.forEach(
            (spec, index) =>
              (files[`features/random/f${String(featuresChecked + index).padStart(5, '0')}.feature`] = renderFeature(index, spec))
          )
          const { features, analysis } = generateInto(project, files)
          const parseErrors = features.flatMap((feature) => feature.errors.map((error) => `${feature.uri}:${error.line}: ${error.message}`))
          assert.deepEqual(parseErrors, [], 'the random features are valid Gherkin')
          assert.deepEqual(analysis.problems, [])
          assert.deepEqual(textsNotMatchedExactlyOnce(features, analysis), [])
          const compiled = runTypeScript(project)
          assert.ok(compiled.ok, compiled.output)
          if (CUCUMBER_CHECK) {
            const checked = runCheck(project)
            assert.deepEqual(checked, { undefinedSteps: 0, ambiguousSteps: 0, parseErrors: 0, fatal: [] })
          }
          featuresChecked += featureSpecs.length
        } finally {
          fs.rmSync(project, { recursive: true, force: true })
        }
      }),
      { numRuns: batches, endOnFailure: true, seed: SEED }
    )
    // The counterexample is thousands of features: report the failure and the seed, not the data.
    if (details.failed) assert.fail(`seed ${details.seed}: ${String(details.errorInstance).slice(0, 6000)}`)
    assert.equal(featuresChecked, batches * BATCH)
  }
)

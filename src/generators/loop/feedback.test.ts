import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildFeedback, FEEDBACK_ITEM_LIMIT } from './feedback'
import { compareScores, describeScore } from './score'
import type { ScenarioResult, SuiteResult } from './run-suite'
import type { TypeCheckResult } from './type-check'
import { withoutSecrets } from '../../redaction'

function suite(scenarios: ScenarioResult[], runError?: string): SuiteResult {
  return {
    scenarios,
    counts: { total: scenarios.length + 1, passed: 1 },
    green: false,
    stepDefinitions: [],
    exitCode: 1,
    timedOut: false,
    durationMs: 0,
    runError
  }
}

const failing = (name: string, error: string): ScenarioResult => ({
  name,
  uri: 'features/a.feature',
  line: 3,
  status: 'failed',
  failingStep: { text: 'the total is 3', status: 'failed' },
  errorMessage: error,
  topStackFrame: 'at World.<anonymous> (steps/a.ts:4:2)',
  undefinedSteps: []
})

test('feedback: notes, then compiler errors, then failing scenarios only, each cut to about 2 KB', () => {
  const typeCheck: TypeCheckResult = {
    checked: true,
    compiles: false,
    errors: ['steps/a.ts:1:1: TS2304 Cannot find name x.'],
    timedOut: false,
    durationMs: 0
  }
  const text = buildFeedback({
    notes: ['package.json was not written: protected path'],
    typeCheck,
    suite: suite(
      [failing('one', 'expected 2 to equal 3'), failing('two', 'expected 2 to equal 3'), failing('three', 'x'.repeat(5000))],
      'a run error'
    )
  })
  const order = ['About your last answer', 'TypeScript compiler errors', 'cucumber-js could not run', 'Scenarios not passing, 3 of 4']
  const positions = order.map((heading) => text.indexOf(heading))
  assert.ok(
    positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1])),
    text
  )
  assert.match(
    text,
    new RegExp(
      String.raw`Scenario "one" \(features/a\.feature:3\): failed \(the same in 1 more scenarios\)\n {2}` +
        String.raw`step: the total is 3 \(failed\)\n {2}error: expected 2 to equal 3\n {2}at World`
    )
  )
  assert.doesNotMatch(text, /Scenario "two"/)
  assert.ok(text.split('\n').every((line) => line.length <= FEEDBACK_ITEM_LIMIT + 100))
  assert.equal(buildFeedback({}), '')
})

test('many compiler errors and failures are counted, not all listed', () => {
  const typeCheck: TypeCheckResult = {
    checked: true,
    compiles: false,
    errors: Array.from({ length: 30 }, (_, index) => `e${index}`),
    timedOut: false,
    durationMs: 0
  }
  const text = buildFeedback({ typeCheck, suite: suite(Array.from({ length: 15 }, (_, index) => failing(`s${index}`, `error ${index}`))) })
  assert.match(text, /… and 5 more compiler errors/)
  assert.match(text, /… and 3 more different failures/)
})

test('scores: compiling first, then scenarios passing', () => {
  assert.ok(compareScores({ compiles: true, passed: 0, total: 2 }, { compiles: false, passed: 2, total: 2 }) > 0)
  assert.ok(compareScores({ compiles: true, passed: 1, total: 2 }, { compiles: true, passed: 2, total: 2 }) < 0)
  assert.equal(compareScores({ compiles: true, passed: 1, total: 2 }, { compiles: true, passed: 1, total: 2 }), 0)
  assert.equal(describeScore({ compiles: false, passed: 1, total: 2 }), 'does not compile, 1/2 scenarios pass')
})

test('child processes get no secrets from the environment', () => {
  assert.deepEqual(withoutSecrets({ PATH: '/bin', OPENAI_API_KEY: 'k', GITHUB_TOKEN: 't', DB_PASSWORD: 'p', MY_SECRET: 's', HOME: '/h' }), {
    PATH: '/bin',
    HOME: '/h'
  })
})

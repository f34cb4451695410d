import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { OfflineLoopResult, OperationOutcome } from '../index'
import { describeOfflineSummary, describeOutcome } from './format-generate'

const LONG_RULE = `log = ${Array.from({ length: 40 }, (_, index) => `left === '${index}' ? 'x'`).join(' : ')} : 'y'`

function ambiguous(answers: Array<{ rule: string; short?: string; value: string }>): OperationOutcome {
  return {
    name: 'logDeparture',
    modulePath: 'generated/src/logDeparture.ts',
    status: 'ambiguous',
    bits: 40,
    rules: [LONG_RULE],
    source: 'features/bus.feature:9',
    distinguishingExamples: [{ output: 'log', header: '| due | left | log |', row: '| 06:40 | 08:00 | ? |', inputs: {}, answers }],
    examples: 6,
    elapsedMs: 10
  }
}

/** The summary of a green offline loop whose one operation is this outcome (exit 1: it is not confident). */
function greenSummaryOf(outcome: OperationOutcome): string[] {
  const loop = {
    generate: { implementations: [outcome] },
    rounds: [],
    green: true,
    stopReason: 'green',
    elapsedMs: 1000,
    errors: [],
    warnings: [],
    exitCode: 1
  } as unknown as OfflineLoopResult
  return describeOfflineSummary(loop, [outcome])
}

test('an ambiguous operation asks with each rule short, and its written rule is cut in the summary', () => {
  const lines = describeOutcome(
    ambiguous([
      { rule: LONG_RULE, short: '… clockValue(left) % 60 < 2 …', value: 'on time' },
      { rule: LONG_RULE.replace("'y'", "'z'"), short: '… clockValue(left) % clockValue(due) < 2 …', value: '80 min late' }
    ])
  )
  assert.ok(lines[0]!.startsWith('ambiguous, written unconfirmed (40 bits): log = '))
  assert.ok(lines[0]!.length < LONG_RULE.length && lines[0]!.endsWith('…'), lines[0])
  assert.equal(lines[1], 'features/bus.feature:9: the examples do not decide log; add this row with its answer:')
  assert.equal(
    lines[3],
    '  | 06:40 | 08:00 | ? |   … clockValue(left) % 60 < 2 … says "on time"; … clockValue(left) % clockValue(due) < 2 … says "80 min late"'
  )
})

test('an answer without a short form shows its rule cut to the bound', () => {
  const lines = describeOutcome(ambiguous([{ rule: LONG_RULE, value: 'on time' }]))
  const said = lines[3]!.split('   ')[1]!
  assert.ok(said.length <= 80 + ' says "on time"'.length, said)
  assert.ok(said.startsWith("log = left === '0'"), said)
})

test('an ambiguous operation with no row that would decide it says so, in its listing and in the summary', () => {
  const unasked: OperationOutcome = {
    ...ambiguous([]),
    distinguishingExamples: undefined,
    message: 'the examples do not confirm the rule of logDeparture, and no single row found would decide it: add examples'
  }
  delete unasked.distinguishingExamples
  const lines = describeOutcome(unasked)
  assert.equal(lines[1], `features/bus.feature:9: ${unasked.message}`)
  const summary = greenSummaryOf(unasked)
  assert.ok(summary.includes('  logDeparture: no row found that would decide its rule (see above)'), summary.join('\n'))
  assert.ok(!summary.some((line) => line.includes('the examples that would decide')), summary.join('\n'))
})

test("a story's scenario that would decide its model counts as the row asked for in the summary", () => {
  const story: OperationOutcome = {
    ...ambiguous([]),
    name: 'WashingMachine',
    decidingScenario: ['Scenario: a case the scenarios do not decide', '  Given a washing machine with its door closed'],
    message: 'the scenarios do not decide the model of features/wm.feature; a scenario that would: …'
  }
  delete story.distinguishingExamples
  const summary = greenSummaryOf(story)
  assert.ok(summary.includes('  the examples that would decide WashingMachine: above, under its rule'), summary.join('\n'))
  assert.ok(!summary.some((line) => line.includes('no row found')), summary.join('\n'))
})

test('a question whose answer only one row gives says so under the row to add', () => {
  const outcome = ambiguous([
    { rule: 'price = ml % 6 === 0 ? 3.02 : 3.2', value: '3.02' },
    { rule: 'price = ml >= 300 && ml <= 330 ? 3.02 : 3.2', value: '3.2' }
  ])
  outcome.distinguishingExamples![0]!.loneRow = { source: 'features/cups.feature:12', value: 3.02 }
  const lines = describeOutcome(outcome)
  assert.equal(
    lines[4],
    '  only features/cups.feature:12 answers 3.02: if that row is a slip, correct it; if not, the row above says where else 3.02 holds'
  )
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Envelope } from '@cucumber/messages'
import { parseFeature } from '../gherkin'
import { mergeAffectedMessages, mergeRunMessages } from './merge-messages'
import { summariseMessages } from './messages'

const FEATURE = 'Feature: f\n  Scenario: one\n    Given a step\n\n  Scenario: two\n    Given a step\n'

/** One run's messages as cucumber writes them: documents, pickles, then a test case per run pickle. */
function runOf(prefix: string, data: string, runPickles: (names: string[]) => string[]): Envelope[] {
  let next = 0
  const parsed = parseFeature({ uri: 'features/f.feature', data }, { newId: () => `${prefix}-${next++}` })
  const run = new Set(runPickles(parsed.pickles.map((pickle) => pickle.name)))
  const envelopes: Envelope[] = [
    { source: { uri: 'features/f.feature', data, mediaType: 'text/x.cucumber.gherkin+plain' } } as Envelope,
    { gherkinDocument: parsed.gherkinDocument } as Envelope,
    ...parsed.pickles.map((pickle) => ({ pickle }) as Envelope),
    { stepDefinition: { id: `${prefix}-definition` } } as unknown as Envelope,
    { stepDefinition: { id: `${prefix}-unused-definition` } } as unknown as Envelope,
    { testRunStarted: { timestamp: { seconds: 0, nanos: 0 } } } as Envelope
  ]
  for (const pickle of parsed.pickles.filter((candidate) => run.has(candidate.name))) {
    envelopes.push(
      {
        testCase: {
          id: `${prefix}-case-${pickle.name}`,
          pickleId: pickle.id,
          testSteps: [{ id: `${prefix}-step-${pickle.name}`, stepDefinitionIds: [`${prefix}-definition`] }]
        }
      } as unknown as Envelope,
      {
        testCaseStarted: {
          id: `${prefix}-attempt-${pickle.name}`,
          testCaseId: `${prefix}-case-${pickle.name}`,
          attempt: 0,
          timestamp: { seconds: 0, nanos: 0 }
        }
      } as Envelope,
      {
        testCaseFinished: {
          testCaseStartedId: `${prefix}-attempt-${pickle.name}`,
          willBeRetried: false,
          timestamp: { seconds: 0, nanos: 0 }
        }
      } as Envelope
    )
  }
  envelopes.push({ testRunFinished: { success: true, timestamp: { seconds: 0, nanos: 0 } } } as Envelope)
  return envelopes
}

const pickleOf = (envelopes: Envelope[], name: string) => envelopes.find((envelope) => envelope.pickle?.name === name)!.pickle!

test('an affected run keeps the earlier results of the scenarios it did not run, one document per file, documents first', () => {
  const previous = runOf('old', FEATURE, (names) => names)
  const fresh = runOf('new', FEATURE, () => ['one'])
  const kept = new Set([pickleOf(previous, 'two').id])
  const { envelopes, kept: count } = mergeAffectedMessages(previous, fresh, kept)
  assert.equal(count, 1)
  assert.equal(envelopes.filter((envelope) => envelope.gherkinDocument).length, 1)
  const document = envelopes.find((envelope) => envelope.gherkinDocument)!.gherkinDocument!
  const pickles = envelopes.filter((envelope) => envelope.pickle).map((envelope) => envelope.pickle!)
  // Fresh "one" and kept "two"; the fresh, unrun "two" is replaced by the kept one.
  assert.deepEqual(pickles.map((pickle) => pickle.name).sort(), ['one', 'two'])
  const scenarioIds = new Set(document.feature!.children.map((child) => child.scenario!.id))
  for (const pickle of pickles) assert.ok(scenarioIds.has(pickle.astNodeIds[0]), `${pickle.name} points into the kept document`)
  const order = envelopes.map((envelope) => Object.keys(envelope)[0])
  assert.ok(order.indexOf('gherkinDocument') < order.indexOf('pickle'))
  assert.deepEqual(
    envelopes
      .filter((envelope) => envelope.testCase)
      .map((envelope) => envelope.testCase!.id)
      .sort(),
    ['new-case-one', 'old-case-two']
  )
  // The earlier definitions come along only where a kept result points at them.
  assert.deepEqual(
    envelopes
      .filter((envelope) => envelope.stepDefinition)
      .map((envelope) => envelope.stepDefinition!.id)
      .sort(),
    ['new-definition', 'new-unused-definition', 'old-definition']
  )
  assert.equal(order.filter((key) => key === 'testRunFinished').length, 1)
  assert.equal(order[order.length - 1], 'testRunFinished')
})

test('a definition both runs have is written once, and the kept results point at the fresh one', () => {
  const located = (envelopes: Envelope[]) =>
    envelopes.map((envelope) =>
      envelope.stepDefinition
        ? ({
            stepDefinition: {
              ...envelope.stepDefinition,
              pattern: {
                source: envelope.stepDefinition.id.endsWith('unused-definition') ? 'unused' : 'a step',
                type: 'CUCUMBER_EXPRESSION'
              },
              sourceReference: { uri: 'steps/s.ts', location: { line: envelope.stepDefinition.id.endsWith('unused-definition') ? 9 : 3 } }
            }
          } as unknown as Envelope)
        : envelope
    )
  const previous = located(runOf('old', FEATURE, (names) => names))
  const fresh = located(runOf('new', FEATURE, () => ['one']))
  const { envelopes } = mergeAffectedMessages(previous, fresh, new Set([pickleOf(previous, 'two').id]))
  assert.deepEqual(
    envelopes
      .filter((envelope) => envelope.stepDefinition)
      .map((envelope) => envelope.stepDefinition!.id)
      .sort(),
    ['new-definition', 'new-unused-definition']
  )
  const kept = envelopes.find((envelope) => envelope.testCase?.id === 'old-case-two')!.testCase!
  assert.deepEqual(kept.testSteps[0]!.stepDefinitionIds, ['new-definition'])
})

test('when the two documents of a file differ, only the fresh results of that file are kept', () => {
  const previous = runOf('old', FEATURE, (names) => names)
  const fresh = runOf(
    'new',
    FEATURE.replace('Scenario: one\n    Given a step\n', 'Scenario: one\n    Given a step\n    And another\n'),
    () => ['one']
  )
  const { envelopes, kept } = mergeAffectedMessages(previous, fresh, new Set([pickleOf(previous, 'two').id]))
  assert.equal(kept, 0)
  assert.deepEqual(
    envelopes.filter((envelope) => envelope.testCase).map((envelope) => envelope.testCase!.id),
    ['new-case-one']
  )
})

/** A shard's messages as cucumber writes them: every document and pickle, a test case per pickle of its share. */
function shardOf(prefix: string, data: string, index: number, total: number, failing: string[] = []): Envelope[] {
  let next = 0
  const parsed = parseFeature({ uri: 'features/f.feature', data }, { newId: () => `${prefix}-${next++}` })
  const at = (seconds: number) => ({ seconds, nanos: 0 })
  const definition = {
    id: `${prefix}-definition`,
    pattern: { type: 'CUCUMBER_EXPRESSION', source: 'a step' },
    sourceReference: { uri: 'steps/a.ts', location: { line: 3 } }
  }
  const envelopes: Envelope[] = [
    { meta: { protocolVersion: 'x' } } as unknown as Envelope,
    { source: { uri: 'features/f.feature', data, mediaType: 'text/x.cucumber.gherkin+plain' } } as Envelope,
    { gherkinDocument: parsed.gherkinDocument } as Envelope,
    ...parsed.pickles.map((pickle) => ({ pickle }) as Envelope),
    { stepDefinition: definition } as unknown as Envelope,
    { testRunStarted: { id: `${prefix}-run`, timestamp: at(10 + index) } } as Envelope
  ]
  for (const pickle of parsed.pickles.filter((_, position) => position % total === index - 1)) {
    const status = failing.includes(pickle.name) ? 'FAILED' : 'PASSED'
    envelopes.push(
      {
        testCase: {
          id: `${prefix}-case-${pickle.name}`,
          pickleId: pickle.id,
          testRunStartedId: `${prefix}-run`,
          testSteps: [{ id: `${prefix}-step-${pickle.name}`, pickleStepId: pickle.steps[0].id, stepDefinitionIds: [definition.id] }]
        }
      } as unknown as Envelope,
      {
        testCaseStarted: {
          id: `${prefix}-attempt-${pickle.name}`,
          testCaseId: `${prefix}-case-${pickle.name}`,
          attempt: 0,
          timestamp: at(11)
        }
      } as Envelope,
      {
        testStepFinished: {
          testCaseStartedId: `${prefix}-attempt-${pickle.name}`,
          testStepId: `${prefix}-step-${pickle.name}`,
          testStepResult: { status, duration: at(0) },
          timestamp: at(11)
        }
      } as unknown as Envelope,
      { testCaseFinished: { testCaseStartedId: `${prefix}-attempt-${pickle.name}`, willBeRetried: false, timestamp: at(11) } } as Envelope
    )
  }
  envelopes.push({
    testRunFinished: { success: failing.length === 0, testRunStartedId: `${prefix}-run`, timestamp: at(20 + index) }
  } as Envelope)
  return envelopes
}

const SUITE = 'Feature: f\n  Scenario: one\n    Given a step\n\n  Scenario: two\n    Given a step\n\n  Scenario: three\n    Given a step\n'

test('merged shards read as one run: every scenario once, pointed at one set of documents, pickles and definitions', () => {
  const whole = summariseMessages(shardOf('all', SUITE, 1, 1))
  const shards = [shardOf('a', SUITE, 1, 2), shardOf('b', SUITE, 2, 2)]
  const { envelopes, pickleIds, order } = mergeRunMessages(shards)
  const merged = summariseMessages(envelopes)
  const view = (summary: typeof whole) => summary.scenarios.map((scenario) => [scenario.name, scenario.line, scenario.status]).sort()
  assert.deepEqual(view(merged), view(whole))
  assert.equal(merged.success, true)
  // One document, the first run's pickles and definition; each test case points at them.
  const pickles = envelopes.filter((envelope) => envelope.pickle).map((envelope) => envelope.pickle!)
  assert.deepEqual(
    pickles.map((pickle) => pickle.id),
    order
  )
  assert.equal(envelopes.filter((envelope) => envelope.gherkinDocument).length, 1)
  assert.deepEqual(
    envelopes.filter((envelope) => envelope.stepDefinition).map((envelope) => envelope.stepDefinition!.id),
    ['a-definition']
  )
  const pickleStepIds = new Set(pickles.flatMap((pickle) => pickle.steps.map((step) => step.id)))
  for (const envelope of envelopes.filter((candidate) => candidate.testCase)) {
    assert.ok(order.includes(envelope.testCase!.pickleId))
    assert.ok(pickleStepIds.has(envelope.testCase!.testSteps[0].pickleStepId!))
    assert.deepEqual(envelope.testCase!.testSteps[0].stepDefinitionIds, ['a-definition'])
    assert.equal(envelope.testCase!.testRunStartedId, 'a-run')
  }
  // Shard 2's pickle of "two" is shard 1's.
  const second = shards[1].find((envelope) => envelope.pickle?.name === 'two')!.pickle!.id
  assert.equal(pickleIds[1].get(second), shards[0].find((envelope) => envelope.pickle?.name === 'two')!.pickle!.id)
  // One test run: from the earliest start to the latest finish.
  assert.deepEqual(
    envelopes.filter((envelope) => envelope.testRunStarted).map((envelope) => envelope.testRunStarted!.timestamp.seconds),
    [11]
  )
  assert.deepEqual(
    envelopes.filter((envelope) => envelope.testRunFinished).map((envelope) => envelope.testRunFinished!.timestamp.seconds),
    [22]
  )
})

test('merged shards: the run failed when one shard failed; a shard that did not finish leaves it unfinished', () => {
  const failed = mergeRunMessages([shardOf('a', SUITE, 1, 2), shardOf('b', SUITE, 2, 2, ['two'])])
  const summary = summariseMessages(failed.envelopes)
  assert.equal(summary.success, false)
  assert.equal(summary.scenarioCounts.failed, 1)
  const unfinished = mergeRunMessages([
    shardOf('a', SUITE, 1, 2),
    shardOf('b', SUITE, 2, 2).filter((envelope) => !envelope.testRunFinished)
  ])
  assert.equal(summariseMessages(unfinished.envelopes).finished, false)
})

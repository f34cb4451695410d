import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { checkProposal, proposalProbes, PROPOSAL_RULE, type ProposalAnswer } from './proposal'

function deliveryDays(
  rows: Array<[number, number]>,
  context = 'Delivery takes 1 day under 50 km, 2 days up to 300 km, 4 days beyond'
): Operation {
  return {
    name: 'deliveryDays',
    whenText: 'the parcel travels <km> km',
    inputs: [{ name: 'km', type: 'number' }],
    outputs: [{ name: 'days', type: 'number' }],
    scenarios: ['delivery'],
    context,
    examples: rows.map(([km, days], index) => ({ inputs: { km }, outputs: { days }, source: `features/delivery.feature:${10 + index}` }))
  }
}

const decided = deliveryDays([
  [10, 1],
  [49, 1],
  [50, 2],
  [120, 2],
  [300, 2],
  [301, 4],
  [800, 4]
])

function answersOf(operation: Operation, rule: (km: number) => number | Error): ProposalAnswer[] {
  return proposalProbes(operation).map((probe) => {
    const value = rule(probe.inputs.km as number)
    return value instanceof Error ? { error: value.message } : { outputs: { days: value } }
  })
}

test('a proposal that answers as the decided rule on every probe row is confirmed', () => {
  const verdict = checkProposal(
    decided,
    proposalProbes(decided),
    answersOf(decided, (km) => (km < 50 ? 1 : km <= 300 ? 2 : 4))
  )
  assert.equal(verdict.status, 'confirmed')
  assert.ok(verdict.compared > 10)
  assert.match(verdict.reason, /km < 50 \? 1 : km <= 300 \? 2 : 4/)
})

test('a proposal that passes the examples but answers differently beyond them is ambiguous, with the deciding row', () => {
  const verdict = checkProposal(
    decided,
    proposalProbes(decided),
    answersOf(decided, (km) => (km < 50 ? 1 : km <= 300 ? 2 : km < 1000 ? 4 : 5))
  )
  assert.equal(verdict.status, 'ambiguous')
  const question = verdict.questions[0]!.question
  assert.equal(question.inputs.km, 1000)
  assert.deepEqual(
    question.answers.map((answer) => answer.value),
    [4, 5]
  )
  assert.equal(question.answers[1]!.rule, PROPOSAL_RULE)
})

test('refusing an ordinary input where the rule answers is a disagreement; refusing an unusual one is not', () => {
  const ordinary = checkProposal(
    decided,
    proposalProbes(decided),
    answersOf(decided, (km) => (km === 120 || km === 210 ? new Error('unknown distance') : km < 50 ? 1 : km <= 300 ? 2 : 4))
  )
  assert.equal(ordinary.status, 'ambiguous')
  assert.match(String(ordinary.questions[0]!.question.answers[1]!.value), /throws unknown distance/)
  const unusual = checkProposal(
    decided,
    proposalProbes(decided),
    answersOf(decided, (km) => (km > 5000 ? new Error('too far') : km < 50 ? 1 : km <= 300 ? 2 : 4))
  )
  assert.equal(unusual.status, 'confirmed')
})

test('without a synthesised rule to hold it to, a proposal stays unconfirmed', () => {
  // A code table no rule explains (Roman numerals would be one: a known sequence).
  const fruit: Operation = {
    name: 'fruit',
    whenText: 'the shelf code <n> is looked up',
    inputs: [{ name: 'n', type: 'number' }],
    outputs: [{ name: 'fruit', type: 'string' }],
    scenarios: [],
    examples: [
      [1, 'pear'],
      [4, 'fig'],
      [9, 'plum'],
      [14, 'kiwi'],
      [40, 'lime']
    ].map(([n, name], index) => ({ inputs: { n: n as number }, outputs: { fruit: name as string }, source: `r:${index}` }))
  }
  const verdict = checkProposal(
    fruit,
    proposalProbes(fruit),
    proposalProbes(fruit).map(() => ({ outputs: { fruit: 'fig' } }))
  )
  assert.equal(verdict.status, 'unconfirmed')
  assert.match(verdict.reason, /no synthesised rule/)
})

test('agreeing with a rule the examples do not decide is still ambiguous: the examples decide, not who wrote the code', () => {
  // Nothing between 40 and 60 says where the second band starts: no row, and no words.
  const undecided = deliveryDays(
    [
      [10, 1],
      [40, 1],
      [60, 2],
      [120, 2]
    ],
    'Short trips take 1 day, longer ones 2 days'
  )
  const probes = proposalProbes(undecided)
  const twoBands = checkProposal(
    undecided,
    probes,
    answersOf(undecided, (km) => (km < 50 ? 1 : 2))
  )
  assert.notEqual(twoBands.status, 'confirmed')
})

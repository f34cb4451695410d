import { test } from 'node:test'
import assert from 'node:assert/strict'
import { apply, constant, input, type Program } from '../synthesis'
import { comparesWithGivenNumber, cutBesideGivenNumber, refusesAtIsolatedNumber, relationalRules } from './example-numbers'

const atLeast = (name: string, value: number): Program => ({
  kind: 'apply',
  operator: 'greaterOrEqual',
  args: [
    { kind: 'input', name, type: 'number' },
    { kind: 'constant', value }
  ]
})

test('a comparison with a number a Given gave, which the words do not name, is learnt by heart', () => {
  assert.equal(comparesWithGivenNumber(atLeast('count', 20), new Set([20, 18]), [5, 30]), true)
  // Named by the words ("a goal of 10000 steps"), or no Given's number: a threshold the words or the rule give.
  assert.equal(comparesWithGivenNumber(atLeast('count', 20), new Set([20]), [20]), false)
  assert.equal(comparesWithGivenNumber(atLeast('count', 25), new Set([20]), []), false)
  // 0 and 1 are what every count starts from or steps by.
  assert.equal(comparesWithGivenNumber(atLeast('count', 1), new Set([1]), []), false)
})

test("a refusal's cut next to a given number is that number by heart: `parked > 4` of a station of 5 docks", () => {
  const above = (value: number): Program => ({
    kind: 'apply',
    operator: 'greater',
    args: [
      { kind: 'input', name: 'parked', type: 'number' },
      { kind: 'constant', value }
    ]
  })
  assert.equal(comparesWithGivenNumber(above(4), new Set([5, 3]), []), false)
  assert.equal(comparesWithGivenNumber(above(4), new Set([5, 3]), [], { nextTo: true }), true)
  // A cut the words name ("at most 4 bikes") is theirs, not the examples'.
  assert.equal(comparesWithGivenNumber(above(4), new Set([5, 3]), [4], { nextTo: true }), false)
  assert.equal(comparesWithGivenNumber(above(12), new Set([5, 3]), [], { nextTo: true }), false)
})

test('the comparisons of two quantities that give every yes/no, the strict ones first', () => {
  const rows = [
    { inputs: { count: 20, limit: 18 }, value: true },
    { inputs: { count: 17, limit: 18 }, value: false }
  ]
  assert.deepEqual(
    relationalRules(rows).map((rule) => JSON.stringify(rule)),
    [
      '{"kind":"apply","operator":"less","args":[{"kind":"input","name":"limit","type":"number"},{"kind":"input","name":"count","type":"number"}]}',
      '{"kind":"apply","operator":"lessOrEqual","args":[{"kind":"input","name":"limit","type":"number"},{"kind":"input","name":"count","type":"number"}]}'
    ]
  )
  // A state at the edge decides between them.
  assert.equal(relationalRules([...rows, { inputs: { count: 18, limit: 18 }, value: true }]).length, 1)
  assert.deepEqual(relationalRules([{ inputs: { count: 3, limit: 5 }, value: 'no' }]), [])
})

test('a refusal at one number the examples accepted below and above is that row by heart; at an edge it is not', () => {
  const read = apply('equal', input('read', 'number'), constant(6))
  const at = (value: number, refused = false) => ({ inputs: { read: value }, refused })
  assert.equal(refusesAtIsolatedNumber(read, [at(5), at(6, true), at(9), at(0)]), true)
  // Nothing accepted above 6: refusing there may be the rule's edge.
  assert.equal(refusesAtIsolatedNumber(read, [at(5), at(6, true), at(2)]), false)
  assert.equal(refusesAtIsolatedNumber(apply('greaterOrEqual', input('read', 'number'), constant(6)), [at(5), at(6, true), at(2)]), false)
  // Under a `not` an equality names what is accepted: coins of 0.50, 1.00 and 2.00 only.
  const coin = (value: number, refused = false) => ({ inputs: { eur: value }, refused })
  const accepted = apply('or', apply('equal', input('eur', 'number'), constant(0.5)), apply('equal', input('eur', 'number'), constant(1)))
  assert.equal(refusesAtIsolatedNumber(apply('not', accepted), [coin(0.5), coin(1), coin(2), coin(0.2, true)]), false)
})

test('a cut in a gap a Given’s size ends separates the sizes the scenarios chose: the question asks a larger one at once', () => {
  const fewer = (value: number): Program => ({
    kind: 'apply',
    operator: 'less',
    args: [
      { kind: 'input', name: 'free', type: 'number' },
      { kind: 'constant', value }
    ]
  })
  // Refused at 3 and 6 free spaces, each the size its Given set; accepted at 8, reached by cars coming in.
  const occurrences = [
    { inputs: { free: 3 }, refused: true },
    { inputs: { free: 6 }, refused: true },
    { inputs: { free: 8 }, refused: false }
  ]
  const sized = cutBesideGivenNumber(fewer(8), occurrences, new Set([10, 3, 6, 2]), [])
  assert.deepEqual(sized?.question?.inputs, { free: 20 })
  assert.deepEqual(
    sized?.question?.answers.map((answer) => answer.value),
    [false, true]
  )
  // The words name the size, or no Given gave the gap's ends: the cut is the rule's.
  assert.equal(cutBesideGivenNumber(fewer(8), occurrences, new Set([10, 3, 6]), [6]), undefined)
  assert.equal(cutBesideGivenNumber(fewer(8), occurrences, new Set([10]), []), undefined)
  // A cut at 0 or 1 is where every count starts.
  assert.equal(
    cutBesideGivenNumber(
      fewer(1),
      [
        { inputs: { free: 0 }, refused: true },
        { inputs: { free: 3 }, refused: false }
      ],
      new Set([3]),
      []
    ),
    undefined
  )
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyMutant, describeMutant, findMutants } from './mutants'
import { featureScores, overallScore } from './result'
import type { MutantResult } from './result'
import { scenariosByCoveredLine, selectionKey, selectionPaths } from './selection'
import { encodeLines } from '../trace'
import type { Trace } from '../trace'

const SOURCE = [
  "import { helper } from './helper'", //                    1
  'type Weight = number', //                                  2
  'export function cost(weight: Weight, express: boolean): number {', // 3
  '  if (weight <= 2 && !express) return 4.5', //             4
  "  const label = 'parcel'", //                              5
  '  log(label)', //                                          6
  '  return Math.max(weight, 2) * 1.25 + 2', //               7
  '}'
].join('\n')

const everyLine = new Set([1, 2, 3, 4, 5, 6, 7, 8])

test('mutants: the usual operators, each located at the replaced text', () => {
  const mutants = findMutants(SOURCE, 'src/cost.ts', everyLine)
  const described = mutants.map((mutant) => `${mutant.line}:${mutant.column} ${mutant.operator} ${describeMutant(mutant)}`)
  const expected = [
    '4:14 boundary `<=` → `<`',
    '4:14 comparison `<=` → `>`',
    '4:17 constant `2` → `3`',
    '4:17 constant `2` → `1`',
    '4:17 constant `2` → `0`',
    '4:19 logical `&&` → `||`',
    '4:22 negation `!` removed',
    '4:7 negation `weight <= 2 && !express` → `!(weight <= 2 && !express)`',
    '4:39 return `4.5` → `undefined`',
    '5:17 constant `\'parcel\'` → `""`',
    '6:3 statement `log(label)` → `;`',
    '7:10 method `Math.max` → `Math.min`',
    '7:30 arithmetic `*` → `/`',
    '7:37 arithmetic `+` → `-`'
  ]
  for (const mutant of expected) assert.ok(described.includes(mutant), `${mutant} in:\n${described.join('\n')}`)
})

test('mutants: never in imports or types; only in statements that start on the given lines', () => {
  const mutants = findMutants(SOURCE, 'src/cost.ts', everyLine)
  assert.equal(
    mutants.some((mutant) => mutant.line <= 2),
    false
  )
  const onlyLineSeven = findMutants(SOURCE, 'src/cost.ts', new Set([7]))
  assert.ok(onlyLineSeven.length > 0)
  assert.ok(onlyLineSeven.every((mutant) => mutant.line === 7 && mutant.statementLine === 7))
  // A constant on a continuation line belongs to the statement that starts above it.
  const table = 'const RATES = new Map([\n  ["gold", 0.85],\n])\n'
  const rates = findMutants(table, 'src/rates.ts', new Set([1]))
  assert.ok(rates.some((mutant) => mutant.line === 2 && mutant.statementLine === 1 && mutant.original === '0.85'))
})

test('mutants: applied as a text replacement; ids stable when other lines move', () => {
  const [boundary] = findMutants(SOURCE, 'src/cost.ts', everyLine).filter((mutant) => mutant.operator === 'boundary')
  assert.equal(applyMutant(SOURCE, boundary!).split('\n')[3], '  if (weight < 2 && !express) return 4.5')
  const moved = `// a comment\n${SOURCE}`
  const again = findMutants(moved, 'src/cost.ts', new Set([...everyLine].map((line) => line + 1))).find(
    (mutant) => mutant.operator === 'boundary'
  )
  assert.equal(again!.id, boundary!.id)
  assert.equal(again!.line, boundary!.line + 1)
})

const result = (fields: Partial<MutantResult>): MutantResult => ({
  id: 'x',
  file: 'src/a.ts',
  line: 1,
  column: 1,
  statementLine: 1,
  operator: 'constant',
  original: '1',
  replacement: '2',
  status: 'survived',
  scenarios: [],
  killedBy: [],
  features: [],
  selectionKey: '',
  ...fields
})

test('score: per feature, a mutant is killed for a feature only by its own scenarios; invalid mutants do not count', () => {
  const mutants = [
    result({ status: 'killed', features: ['features/a.feature', 'features/b.feature'], killedBy: ['features/a.feature:7'] }),
    result({ status: 'survived', features: ['features/a.feature'] }),
    result({ status: 'timeout', features: ['features/b.feature'] }),
    result({ status: 'invalid', features: ['features/b.feature'] })
  ]
  assert.deepEqual(featureScores(mutants), [
    { uri: 'features/a.feature', mutants: 2, killed: 1, survived: 1, score: 50 },
    { uri: 'features/b.feature', mutants: 2, killed: 1, survived: 1, score: 50 }
  ])
  assert.equal(overallScore(mutants), 66.7)
  assert.equal(overallScore([]), null)
})

test('selection: the passing scenarios that ran a line; a line run while loading needs every scenario that ran the file', () => {
  const trace = {
    scenarios: [
      { pickleId: 'p0', name: 'a', uri: 'features/a.feature', line: 10, status: 'passed' },
      { pickleId: 'p1', name: 'b', uri: 'features/a.feature', line: 11, status: 'passed' },
      { pickleId: 'p2', name: 'c', uri: 'features/b.feature', line: 4, status: 'failed' }
    ],
    files: []
  } as unknown as Trace
  const file = {
    path: 'src/a.ts',
    role: 'implementation',
    lineCount: 9,
    executable: '',
    functions: [],
    hits: { 0: encodeLines([3, 4]), 1: encodeLines([3]), 2: encodeLines([3, 4]) },
    outside: { lines: encodeLines([1]) }
  } as unknown as Trace['files'][number]
  const byLine = scenariosByCoveredLine(trace, file)
  assert.deepEqual(byLine.get(3), [0, 1])
  assert.deepEqual(byLine.get(4), [0])
  assert.deepEqual(byLine.get(1), [0, 1])
  assert.deepEqual(selectionPaths([trace.scenarios[1]!, trace.scenarios[0]!, trace.scenarios[2]!]), [
    'features/a.feature:10:11',
    'features/b.feature:4'
  ])
  const key = selectionKey([trace.scenarios[0]!], { 'features/a.feature': 'h1' })
  assert.notEqual(selectionKey([trace.scenarios[0]!], { 'features/a.feature': 'h2' }), key)
  assert.equal(selectionKey([trace.scenarios[0]!], { 'features/a.feature': 'h1' }), key)
})

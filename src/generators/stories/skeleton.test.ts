import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compiler } from '../../compiler'
import type { Story, StoryStep } from './model'
import { buildClassSkeleton, renderSkeletonModule, signatureOf, skeletonStepBodies } from './skeleton'

function step(index: number, role: StoryStep['role'], expression: string, params: StoryStep['params']): StoryStep {
  return {
    index,
    role,
    expression,
    words: expression
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase(),
    params
  }
}

/** A till: set-up, two commands, a query, a refusal check and a query by key; each scenario uses some of them. */
const story: Story = {
  name: 'Till',
  description: 'Each line costs its quantity times its price.',
  steps: [
    step(0, 'given', 'an empty till', []),
    step(1, 'when', 'I ring up {int} items at {int} each', ['number', 'number']),
    step(2, 'then', 'the till total is {int}', ['number']),
    step(3, 'when', 'I void the last line', []),
    step(4, 'then', 'the till says {string}', ['string']),
    step(5, 'then', 'the till is empty', []),
    step(6, 'then', 'the quantity of {string} is {int}', ['string', 'number'])
  ],
  scenarios: [
    {
      name: 'one line',
      source: 'features/till.feature:4',
      events: [
        { step: 0, args: [], source: 'features/till.feature:5' },
        { step: 1, args: [3, 4], source: 'features/till.feature:6' },
        { step: 2, args: [12], source: 'features/till.feature:7' }
      ]
    },
    {
      name: 'nothing to void */ here',
      source: 'features/till.feature:9',
      events: [
        { step: 0, args: [], source: 'features/till.feature:10' },
        { step: 3, args: [], source: 'features/till.feature:11' },
        { step: 4, args: ['nothing to void'], source: 'features/till.feature:12' },
        { step: 5, args: [], source: 'features/till.feature:13' },
        { step: 6, args: ['tea', 0], source: 'features/till.feature:14' }
      ]
    }
  ]
}

const parameterNames = new Map<number, string[]>([
  [1, ['quantity', 'price']],
  [2, ['total']],
  [4, ['message']],
  [6, ['item', 'quantity']]
])

test('the skeleton has a typed method per set-up, command and query, named from the step texts, with the scenarios each must satisfy', () => {
  const skeleton = buildClassSkeleton(story, parameterNames)
  assert.equal(skeleton.className, 'Till')
  assert.equal(skeleton.modulePath, 'generated/src/till.ts')
  assert.equal(skeleton.accessor, 'tillOf')
  assert.deepEqual(
    skeleton.methods.map((method) => [method.kind, signatureOf(method)]),
    [
      ['set-up', 'givenEmptyTill(): void'],
      ['command', 'ringUpItemsAtEach(quantity: number, price: number): void'],
      ['query', 'tillTotal(): number'],
      ['command', 'voidLastLine(): void'],
      ['query', 'tillEmpty(): boolean'],
      ['query', 'quantity(item: string): number']
    ]
  )
  assert.deepEqual(skeleton.methods.find((method) => method.name === 'voidLastLine')?.scenarios, ['nothing to void */ here'])
  assert.deepEqual(skeleton.methods.find((method) => method.name === 'givenEmptyTill')?.scenarios, ['one line', 'nothing to void */ here'])
  // The Then step that reports a refusal reads `refusal`: no method.
  assert.deepEqual(skeleton.refusalChecks, [4])
})

test('the step definitions call the methods: commands through attempt, queries compared with the value the Then step gives', () => {
  const skeleton = buildClassSkeleton(story, parameterNames)
  const callArguments = new Map<number, string[]>([...parameterNames, [5, []], [0, []], [3, []]])
  const bodies = skeletonStepBodies(skeleton, story, callArguments)
  assert.deepEqual(bodies.get(0), ['tillOf(this).givenEmptyTill()'])
  assert.deepEqual(bodies.get(1), ['const instance = tillOf(this)', 'instance.attempt(() => instance.ringUpItemsAtEach(quantity, price))'])
  assert.deepEqual(bodies.get(2), ['expect(tillOf(this).tillTotal()).to.be.closeTo(total, 1e-9 * Math.max(1, Math.abs(total)))'])
  assert.deepEqual(bodies.get(4), ['expect(tillOf(this).refusal).to.equal(message)'])
  assert.deepEqual(bodies.get(5), ['expect(tillOf(this).tillEmpty()).to.equal(true)'])
  assert.deepEqual(bodies.get(6), ['expect(tillOf(this).quantity(item)).to.be.closeTo(quantity, 1e-9 * Math.max(1, Math.abs(quantity)))'])
})

test('the skeleton module is valid TypeScript whose bodies say they are not written yet, and its comments stay comments', () => {
  const skeleton = buildClassSkeleton(story, parameterNames)
  const module = renderSkeletonModule(skeleton, story, ['features/till.feature'])
  const output = compiler().transpileModule(module, { reportDiagnostics: true, compilerOptions: { strict: true } })
  assert.deepEqual(output.diagnostics ?? [], [])
  assert.match(module, /export class Refusal extends Error \{\}/)
  assert.match(
    module,
    /\n {2}ringUpItemsAtEach\(quantity: number, price: number\): void \{\n {4}throw new Error\("Till.ringUpItemsAtEach is not written yet"\)/
  )
  assert.match(module, / {3}\* When I void the last line\n {3}\* Scenarios: "nothing to void \*\\\/ here"\n/)
  assert.match(module, /export function tillOf\(world: object\): Till \{/)
  assert.match(module, /from features\/till\.feature: no state model/)
})

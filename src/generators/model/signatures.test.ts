import { test } from 'node:test'
import assert from 'node:assert/strict'
import { exportedSignatures, worldDeclaration } from './signatures'

test('exported signatures leave bodies, initialisers and private members out', () => {
  const source = `
import x from 'y'
export function add(a: number, b: number): number {
  return a + b
}
function hidden() {}
export class Account extends Base {
  private secret = 1
  balance: number = 0
  constructor(opening = 0) { super() }
  deposit(amount: number): void { this.balance += amount }
  get total(): number { return 1 }
}
export interface Options { verbose: boolean }
export type Id = string
export const rate: number = 0.2
export const double = (value: number): number => value * 2
export const table = { a: 1 }
export { add as plus }
`
  assert.deepEqual(exportedSignatures('a.ts', source), [
    'export function add(a: number, b: number): number',
    'export class Account extends Base {\n  balance: number\n  constructor(opening = 0)\n  deposit(amount: number): void\n  get total(): number\n}',
    'export interface Options { verbose: boolean }',
    'export type Id = string',
    'export const rate: number',
    'export const double = (value: number): number =>',
    'export const table = { a: 1 }',
    'export { add as plus }'
  ])
})

test('the World is the class given to setWorldConstructor', () => {
  const world = worldDeclaration(
    'world.ts',
    "import { World, setWorldConstructor } from '@cucumber/cucumber'\nclass ShopWorld extends World {\n  basket: string[] = []\n" +
      '  add(item: string) { this.basket.push(item) }\n}\nsetWorldConstructor(ShopWorld)\n'
  )
  assert.equal(world, 'class ShopWorld extends World {\n  basket: string[]\n  add(item: string)\n}')
  assert.equal(worldDeclaration('a.ts', 'setWorldConstructor(Imported)'), 'setWorldConstructor(Imported) (declared elsewhere)')
  assert.equal(worldDeclaration('a.ts', 'export {}'), undefined)
})

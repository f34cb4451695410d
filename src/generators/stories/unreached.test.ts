import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unreached } from './render'

test('where no beginning of the scenarios reaches the state the rules differ in, the note names that state in the class’s words', () => {
  const inCode = (name: string) => ({ count: 'this.dockBikes', arg0: 'slots' })[name] ?? name
  const note = unreached(
    'the rules of "a rider returns a bike"',
    {
      inputs: { count: 6, arg0: 20, other: 0 },
      answers: [
        { rule: 'count >= arg0', value: 'accepted' },
        { rule: 'count > 5', value: 'the dock is full' }
      ]
    },
    inCode
  )
  assert.equal(
    note,
    'the rules of "a rider returns a bike" differ where this.dockBikes is 6, slots is 20: a scenario that gets there would decide them ' +
      "(none of the examples' own beginnings, with other numbers, does)"
  )
})

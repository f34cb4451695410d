import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { CucumberExpression, ParameterTypeRegistry, RegularExpression } from '@cucumber/cucumber-expressions'
import { quickMatcher } from './load-support'

const registry = new ParameterTypeRegistry()
// Factories: cucumber's own answer for a /g expression depends on the previous call
// (lastIndex), so each comparison asks a fresh expression.
const expressions = [
  () => new CucumberExpression('I eat {int} apple(s)', registry),
  () => new CucumberExpression('a {string} customer buying goods worth {float}', registry),
  () => new CucumberExpression('I open/close the {word} door', registry),
  () => new CucumberExpression('a path like a\\/b \\(not optional\\)', registry),
  () => new RegularExpression(/^I have (\d+) cukes?$/, registry),
  () => new RegularExpression(/cukes/g, registry)
]
const texts = [
  'I eat 1 apple',
  'I eat 22 apples',
  'I eat one apple',
  'a "gold" customer buying goods worth 1.5',
  'I close the red door',
  'a path like a/b (not optional)',
  'I have 3 cukes',
  'many cukes here',
  ''
]

test('the quick matcher agrees with cucumber on every expression and text', () => {
  const arbitraryText = fc.oneof(
    fc.constantFrom(...texts),
    fc.string(),
    fc.constantFrom(...texts).map((text) => `${text} `)
  )
  fc.assert(
    fc.property(fc.constantFrom(...expressions), arbitraryText, (makeExpression, text) => {
      const matches = quickMatcher({ expression: makeExpression() })
      // Twice: the quick matcher must not become stateful either.
      assert.equal(matches(text), makeExpression().match(text) !== null)
      assert.equal(matches(text), makeExpression().match(text) !== null)
    }),
    { numRuns: 3000 }
  )
})

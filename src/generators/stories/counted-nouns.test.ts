import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storiesFrom } from './testing/stories'

test("a person's step is one step whatever form of its noun each person's count took (1 book, 3 books)", () => {
  const [story] = storiesFrom(`Feature: Reading challenge
  Scenario: first book
    Given Maria joins the challenge
    When Maria logs "Holes"
    Then Maria has read 1 book

  Scenario: more books
    Given Sam has read 2 books
    When Sam logs "Matilda"
    Then Sam has read 3 books
    And Lily has read 1 book
`)
  const expressions = story!.steps.map((step) => `${step.role} ${step.expression}`)
  assert.deepEqual(expressions.filter((text) => text.includes('has read')).sort(), [
    'given {word} has read {int} book(s)',
    'then {word} has read {int} book(s)'
  ])
})

test('a word after a number in one form only stays as written ("3 bus stops" is no plural of "bu")', () => {
  const [story] = storiesFrom(`Feature: Bus
  Scenario: riding
    Given Ana is 3 bus stops away
    When Ana rides 1 stop
    Then Ana is 2 bus stops away
    And Ben is 4 bus stops away
`)
  assert.ok(story!.steps.some((step) => step.expression === '{word} is {int} bus stops away'))
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitList, transferOptions } from './collections'
import { methodOf, renderedClass } from './testing/rendered-class'
import { learnt } from './testing/stories'

const TOKENS = `Feature: Club tokens
  Scenario: a gift between members
    Given "Ana" holds 5.00 tokens
    And "Bo" holds 1.00 tokens
    When "Ana" gives "Bo" 2.50
    Then "Ana" holds 2.50 tokens
    And "Bo" holds 3.50 tokens

  Scenario: using tokens
    Given "Bo" holds 4.00 tokens
    When "Bo" uses 1.50
    Then "Bo" holds 2.50 tokens

  Scenario: using more than held
    Given "Ana" holds 3.00 tokens
    And "Bo" holds 0.50 tokens
    When "Bo" uses 2.00
    Then the use is refused with "Bo has only 0.50"
    And "Bo" holds 0.50 tokens

  Scenario: giving more than held
    Given "Ana" holds 6.00 tokens
    And "Bo" holds 0.00 tokens
    When "Ana" gives "Bo" 7.00
    Then the gift is refused with "Ana has only 6.00"
    And "Bo" holds 0.00 tokens
`

const TOKENS_UNSEEN = `Feature: Club tokens
  Scenario: gifts both ways
    Given "Cy" holds 2.00 tokens
    And "Di" holds 4.00 tokens
    When "Di" gives "Cy" 3.00
    And "Cy" gives "Di" 4.50
    Then "Cy" holds 0.50 tokens
    And "Di" holds 5.50 tokens
    When "Cy" uses 0.75
    Then the use is refused with "Cy has only 0.50"
`

test('an amount moved from one named entry to another, refused beyond what the giver holds', () => {
  const { story, model, holdsOnUnseen } = learnt(TOKENS, TOKENS_UNSEEN)
  const gives = story.steps.find((step) => step.expression.includes('gives'))!
  assert.deepEqual(model.meanings[gives.index]!.effect, { op: 'tableMove', from: 0, to: 1, value: 2 })
  assert.ok(holdsOnUnseen, 'the model holds on sequences it never saw')
})

test('a refusal quotes a sum of money as the examples write it, with two decimals', () => {
  const { story, model } = learnt(TOKENS, TOKENS_UNSEEN)
  const { rendered, accessor } = renderedClass(story, model)
  const club = accessor({})
  const methodFor = (words: string) =>
    methodOf(story, rendered, story.steps.find((step) => step.expression.includes(words) && step.role !== 'then')!.expression)
  club[methodFor('holds')]!('Cy', 0.5)
  club[methodFor('holds')]!('Di', 4)
  club.attempt!(() => club[methodFor('gives')]!('Cy', 'Di', 1))
  assert.equal(club.refusal, 'Cy has only 0.50')
})

test('a list given whole in one text: what is left, how many, and whether it is all done', () => {
  const { story, model, holdsOnUnseen } = learnt(
    `Feature: Errands
  Scenario: one errand done
    Given the errands "bank, post office, baker"
    When "post office" is done
    Then still to do: "bank, baker"
    And 2 errands are left

  Scenario: an errand that was never listed
    Given the errands "gym, library"
    When "cinema" is done
    Then it is refused with "cinema is not an errand"
    And still to do: "gym, library"
    And all errands are done: no

  Scenario: the last errand
    Given the errands "dentist"
    When "dentist" is done
    Then all errands are done: yes
    And 0 errands are left
`,
    `Feature: Errands
  Scenario: two of three
    Given the errands "shoes, keys, bread"
    When "bread" is done
    And "shoes" is done
    Then still to do: "keys"
    And all errands are done: no
    When "keys" is done
    Then all errands are done: yes
    When "socks" is done
    Then it is refused with "socks is not an errand"
`
  )
  const given = story.steps.find((step) => step.role === 'given')!
  assert.deepEqual(model.meanings[given.index]!.effect, { op: 'listSet', arg: 0, separator: ',' })
  const allDone = story.steps.find((step) => step.expression.startsWith('all errands'))!
  assert.equal(model.meanings[allDone.index]!.reading?.read, 'empty')
  assert.ok(holdsOnUnseen)
})

test('a list given whole splits at its separator and drops empty parts', () => {
  assert.deepEqual(splitList('tent, stove,  map', ','), ['tent', 'stove', 'map'])
  assert.deepEqual(splitList('keys', ', '), ['keys'])
  assert.deepEqual(splitList('', ', '), [])
})

test('a transfer is offered both ways round, the first text giving cheaper, and only with two texts and a number', () => {
  const step = {
    index: 0,
    role: 'when' as const,
    expression: '{string} lends {string} {float}',
    words: 'lends',
    params: ['string', 'string', 'number'] as const
  }
  const options = transferOptions({ ...step, params: [...step.params] })
  assert.deepEqual(
    options.map((option) => [option.value.from, option.value.to]),
    [
      [0, 1],
      [1, 0]
    ]
  )
  assert.ok(options[0]!.bits < options[1]!.bits)
  assert.deepEqual(transferOptions({ ...step, params: ['string', 'number'] }), [])
})

test('steps that differ only in a person’s name are one step whose first value is the name, new names included', () => {
  const unquoted = (text: string) => text.replace(/"(Ana|Bo|Cy|Di)"/g, '$1')
  const { story, holdsOnUnseen } = learnt(unquoted(TOKENS), unquoted(TOKENS_UNSEEN))
  assert.deepEqual(
    story.steps.map((step) => `${step.role} ${step.expression} ${step.params.join(',')}`),
    [
      'given {word} holds {float} tokens string,number',
      'when {word} gives {word} {float} string,string,number',
      'then {word} holds {float} tokens string,number',
      'when {word} uses {float} string,number',
      'then the use is refused with {string} string',
      'then the gift is refused with {string} string'
    ]
  )
  assert.ok(holdsOnUnseen, 'Cy and Di, never seen, keep their own tokens')
})

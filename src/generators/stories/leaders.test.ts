import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readLeader } from './leaders'
import { synthesiseStory } from './search'
import { applyEffect, initialState } from './model'
import { failingScenarios, storiesFrom } from './testing/stories'
import { renderedClass } from './testing/rendered-class'

const SHEET = `Feature: Darts score sheet
  A player's score never goes below 0. The leader is the player with the most points; a shared
  top score has no leader.

  Scenario: scores add up
    Given a sheet for Ann, Bob and Col
    When Ann scores 5 points
    And Bob scores 3 points
    And Ann scores 2 points
    Then Ann has 7 points
    And Col has 0 points
    And the leader is "Ann"

  Scenario: a penalty larger than the score
    Given a sheet for Ann and Bob
    When Bob scores 4 points
    And Bob loses 6 points
    Then Bob has 0 points

  Scenario: level at the top
    Given a sheet for Ann, Bob and Col
    When Ann scores 4 points
    And Col scores 4 points
    Then the leader is "nobody"

  Scenario: someone not on the sheet
    Given a sheet for Ann and Bob
    When Dan scores 4 points
    Then I am told "Dan is not playing"
    And the leader is "nobody"
`

const SHEET_UNSEEN = `Feature: Darts score sheet
  Scenario: a close game
    Given a sheet for Mo, Lu and Kai
    When Mo scores 10 points
    And Lu scores 12 points
    And Mo loses 3 points
    And Lu loses 5 points
    And Kai scores 8 points
    Then Mo has 7 points
    And Lu has 7 points
    And the leader is "Kai"

  Scenario: a penalty at the start
    Given a sheet for Mo and Lu
    When Mo loses 2 points
    And Lu scores 2 points
    Then Mo has 0 points
    And the leader is "Lu"

  Scenario: a spectator
    Given a sheet for Mo and Lu
    When Zed scores 9 points
    Then I am told "Zed is not playing"
`

test('the leader stands alone on top of the people listed and scored; a shared top, or nobody, is the tie word', () => {
  assert.equal(readLeader(['Ann', 'Bob'], new Map([['Ann', 3]]), 'tie'), 'Ann')
  assert.equal(readLeader(['Ann', 'Bob'], new Map([['Ann', 0]]), 'tie'), 'tie')
  assert.equal(
    readLeader(
      [],
      new Map([
        ['Ann', 2],
        ['Bob', 2]
      ]),
      'tie'
    ),
    'tie'
  )
  assert.equal(readLeader([], new Map(), 'tie'), 'tie')
})

test('an amount taken with a floor stops at it', () => {
  const state = { ...initialState(), table: new Map([['Bo', 4]]) }
  const next = applyEffect(state, { op: 'tableAdd', key: 0, value: 1, sign: -1, low: 0 }, ['Bo', 6])
  assert.equal(next?.table.get('Bo'), 0)
})

test('names listed in one Given are one step each by count, whose names all take part', () => {
  const [story] = storiesFrom(SHEET)
  assert.ok(story!.steps.some((step) => step.expression === 'a sheet for {word}, {word} and {word}'))
  assert.ok(story!.steps.some((step) => step.expression === 'a sheet for {word} and {word}'))
})

test('a score sheet: names listed, scores kept per name never below 0, the leader or a tie, strangers refused', () => {
  const [story, unseen] = storiesFrom(SHEET, SHEET_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  // A guard naming the examples' stranger ("Dan") would not refuse "Zed": the guard reads whether the name is on the sheet.
  const guards = result.solution.model.meanings.flatMap((meaning) => (meaning.guard ? [JSON.stringify(meaning.guard.condition)] : []))
  assert.ok(guards.length > 0 && guards.every((guard) => !guard.includes('Dan') && guard.includes('listed')), guards.join('; '))
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  const { rendered } = renderedClass(story!, result.solution.model)
  assert.match(rendered.module, /Math\.max\(0, /)
  assert.match([...rendered.bodies.values()].flat().join('\n'), /"nobody"/)
})

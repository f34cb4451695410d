import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'

/** No description: that loading fills the tray to 250, whatever it held, is in the scenarios alone. */
const PAPER_TRAY = `Feature: Paper tray

  Scenario: printing a page
    Given the tray holds 40 sheets
    When a page is printed
    Then the tray holds 39 sheets

  Scenario: loading paper
    Given the tray holds 12 sheets
    When I load the tray
    Then the tray holds 250 sheets

  Scenario: loading a tray that is nearly full
    Given the tray holds 245 sheets
    When I load the tray
    Then the tray holds 250 sheets

  Scenario: printing after loading
    Given the tray holds 3 sheets
    When a page is printed
    And I load the tray
    And a page is printed
    And a page is printed
    Then the tray holds 248 sheets
`

test('a command without values that leaves the quantity at the value read right after it, whatever it held, fills it to that value', () => {
  const { story, heldOut } = storyWithLastHeldOut('tray.feature', PAPER_TRAY)
  const result = synthesiseStory(story)
  assert.equal(result.status, 'synthesised', result.message)
  assert.ok(runScenario(story, result.solution!.model, heldOut)?.every((observation) => observation.agrees))
})

test('one scenario cannot tell filling to a value from adding to it: not confident', () => {
  const { story } = storyWithLastHeldOut(
    'tray.feature',
    PAPER_TRAY.replace(/ {2}Scenario: loading a tray that is nearly full[\s\S]*?(?= {2}Scenario: printing after)/, '')
  )
  const result = synthesiseStory(story)
  assert.notEqual(result.status, 'synthesised')
})

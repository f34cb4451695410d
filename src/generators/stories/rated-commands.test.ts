import { test } from 'node:test'
import assert from 'node:assert/strict'
import { heldOutFailure } from './testing'

/**
 * A copier card charged at the rate the words state for each kind of copy, the copies counted
 * besides; a copy the credit cannot cover is reported on the screen, with no reading beside the
 * report (a later reading of the credit shows it untouched).
 */
const COPIER_CARD = `Feature: Copier card
  Copies are charged to the card: 0.10 each in black and white, 0.40 each in colour.

  Scenario: a morning's printing
    Given the card has 6.00 of credit
    When 20 copies are made in black and white
    And 5 copies are made in colour
    Then the credit is 2.00
    And the copy count is 25

  Scenario: not enough for colour
    Given the card has 3.00 of credit
    When 10 copies are made in colour
    Then the screen shows "only 3.00 on the card"
    When 10 copies are made in black and white
    Then the credit is 2.00
    And the copy count is 10

  Scenario: colour is dearer
    Given the card has 0.50 of credit
    When 2 copies are made in colour
    Then the screen shows "only 0.50 on the card"
    When 5 copies are made in black and white
    Then the credit is 0.00
    And the copy count is 5

  Scenario: the last of the credit
    Given the card has 4.00 of credit
    When 30 copies are made in black and white
    And 2 copies are made in colour
    Then the credit is 0.20
    And the copy count is 32

  Scenario: held out
    Given the card has 1.00 of credit
    When 3 copies are made in colour
    Then the screen shows "only 1.00 on the card"
    When 2 copies are made in colour
    And 2 copies are made in black and white
    Then the credit is 0.00
    And the copy count is 4
`

test('commands charged at the rates the words state, counted besides, refused where the credit cannot cover them', () => {
  assert.equal(heldOutFailure('copier-card.feature', COPIER_CARD), undefined)
})

/** An urn whose capacity the words state: a refusal quotes the room it leaves, or says it is full. */
const TEA_URN = `Feature: Tea urn
  The urn holds 12 litres.

  Scenario: filling up
    Given the urn has 2 litres in it
    When 4 litres are poured in
    And 3 litres are poured in
    Then the urn has 9 litres in it

  Scenario: too much water
    Given the urn has 7 litres in it
    When 8 litres are poured in
    Then the urn says "room for only 5 litres"
    And the urn has 7 litres in it

  Scenario: already full
    Given the urn has 12 litres in it
    When 1 litres are poured in
    Then the urn says "the urn is full"
    And the urn has 12 litres in it

  Scenario: held out
    Given the urn has 10 litres in it
    When 3 litres are poured in
    Then the urn says "room for only 2 litres"
    And the urn has 10 litres in it
`

test('a refusal past a capacity quotes the room the capacity leaves, and says full where none is left', () => {
  assert.equal(heldOutFailure('tea-urn.feature', TEA_URN), undefined)
})

/**
 * A lamp whose charge the scenarios write as quoted percentages, charged at a rate an hour the
 * words state up to where they say it stops, and used at a rate each hour of light.
 */
const SOLAR_LAMP = `Feature: Solar garden lamp
  The lamp charges 4% an hour in the sun and stops at 100%. Each hour of light uses 10%.

  Scenario: a sunny day and an evening
    Given the lamp shows "20%"
    When the sun shines for 5 hours
    And the lamp is lit for 3 hours
    Then the lamp shows "10%"

  Scenario: not enough charge
    Given the lamp shows "30%"
    When the lamp is lit for 4 hours
    Then the lamp blinks "not enough charge for 4 hours"
    When the lamp is lit for 3 hours
    Then the lamp shows "0%"

  Scenario: a long summer day
    Given the lamp shows "80%"
    When the sun shines for 10 hours
    And the sun shines for 2 hours
    Then the lamp blinks "the lamp is fully charged"
    When the lamp is lit for 2 hours
    Then the lamp shows "80%"

  Scenario: a grey week
    Given the lamp shows "0%"
    When the sun shines for 15 hours
    And the lamp is lit for 6 hours
    And the lamp is lit for 1 hours
    Then the lamp blinks "not enough charge for 1 hours"
    And the lamp shows "0%"

  Scenario: held out
    Given the lamp shows "50%"
    When the lamp is lit for 6 hours
    Then the lamp blinks "not enough charge for 6 hours"
    When the sun shines for 20 hours
    And the sun shines for 1 hours
    Then the lamp blinks "the lamp is fully charged"
    And the lamp shows "100%"
`

test('quoted percentages are the numbers they state, raised at a stated rate up to where the words say it stops', () => {
  assert.equal(heldOutFailure('solar-lamp.feature', SOLAR_LAMP), undefined)
})

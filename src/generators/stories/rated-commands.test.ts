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

/**
 * A nursery whose benches each hold 30 pots: a plant it never stocked is told apart from one sold
 * out by whether the plant has an entry at all, and a delivery past a bench quotes the room left.
 */
const NURSERY = `Feature: Plant nursery
  Each plant has its own bench, which holds 30 pots.

  Background:
    Given the nursery has 20 pots of "fern"
    And the nursery has 6 pots of "ivy"
    And the nursery has 0 pots of "moss"

  Scenario: some sales
    When 5 pots of "fern" are sold
    And 2 pots of "ivy" are sold
    Then the nursery has 15 pots of "fern"
    And the nursery has 4 pots of "ivy"

  Scenario: more than there is
    When 7 pots of "ivy" are sold
    Then the till says "only 6 pots of ivy left"
    When 1 pots of "moss" are sold
    Then the till says "no moss in stock"
    When 9 pots of "moss" are delivered
    And 25 pots of "fern" are sold
    Then the till says "only 20 pots of fern left"
    And the nursery has 9 pots of "moss"

  Scenario: a full bench
    When 14 pots of "fern" are delivered
    Then the till says "the fern bench has room for only 10 pots"
    When 10 pots of "fern" are delivered
    And 2 pots of "fern" are delivered
    Then the till says "the fern bench is full"
    And the nursery has 30 pots of "fern"

  Scenario: plants we do not grow
    When 3 pots of "cactus" are sold
    Then the till says "we do not grow cactus"
    When 4 pots of "palm" are delivered
    Then the till says "we do not grow palm"
    When 6 pots of "ivy" are sold
    And 3 pots of "ivy" are sold
    Then the till says "no ivy in stock"
    When 40 pots of "ivy" are delivered
    Then the till says "the ivy bench has room for only 30 pots"

  Scenario: held out
    When 4 pots of "moss" are sold
    Then the till says "no moss in stock"
    When 28 pots of "moss" are delivered
    And 5 pots of "moss" are delivered
    Then the till says "the moss bench has room for only 2 pots"
    When 2 pots of "rose" are sold
    Then the till says "we do not grow rose"
    When 30 pots of "ivy" are sold
    Then the till says "only 6 pots of ivy left"
`

test('a key with no entry at all has its own refusal, beside one sold out, and a delivery past a bench quotes the room left', () => {
  assert.equal(heldOutFailure('nursery.feature', NURSERY), undefined)
})

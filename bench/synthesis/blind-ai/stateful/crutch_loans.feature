Feature: Crutch loans
  The fracture clinic lends crutches in three heights: "short", "medium" and
  "tall". A patient may have one pair at a time. A pair that is handed back
  goes to be cleaned before it can be lent again, and the cleaners bring
  pairs back to the shelf in batches.

  Scenario: lending crutches
    Given the shelf has 3 pairs of "tall" crutches
    And the shelf has 2 pairs of "medium" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ben" borrows a pair of "medium" crutches
    Then the "tall" pairs on the shelf are 2
    And the "medium" pairs on the shelf are 1
    And the crutches lent to "Ana" are "tall"

  Scenario: a pair handed back goes to be cleaned
    Given the shelf has 3 pairs of "tall" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ana" hands the crutches back
    Then the "tall" pairs on the shelf are 2
    And the "tall" pairs being cleaned are 1
    And the crutches lent to "Ana" are "none"

  Scenario: waiting for clean crutches
    Given the shelf has 2 pairs of "tall" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ben" borrows a pair of "tall" crutches
    And "Cy" borrows a pair of "tall" crutches
    Then the nurse says "no tall crutches are on the shelf"
    When "Ana" hands the crutches back
    And "Ben" hands the crutches back
    And 2 pairs of "tall" crutches come back from cleaning
    And "Cy" borrows a pair of "tall" crutches
    Then the "tall" pairs on the shelf are 1
    And the crutches lent to "Cy" are "tall"

  Scenario: one pair at a time
    Given the shelf has 2 pairs of "medium" crutches
    And the shelf has 3 pairs of "tall" crutches
    When "Ana" borrows a pair of "medium" crutches
    And "Ana" borrows a pair of "tall" crutches
    Then the nurse says "Ana already has a pair"
    When "Ben" hands the crutches back
    Then the nurse says "Ben has no crutches to hand back"
    And the "medium" pairs on the shelf are 1
    And the "tall" pairs on the shelf are 3

  Scenario: a batch bigger than what is being cleaned
    Given the shelf has 3 pairs of "tall" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ben" borrows a pair of "tall" crutches
    And "Cy" borrows a pair of "tall" crutches
    And "Ana" hands the crutches back
    And "Ben" hands the crutches back
    And "Cy" hands the crutches back
    And 4 pairs of "tall" crutches come back from cleaning
    Then the nurse says "only 3 tall pairs are being cleaned"
    When 3 pairs of "tall" crutches come back from cleaning
    Then the "tall" pairs on the shelf are 3
    And the "tall" pairs being cleaned are 0

Feature: Crutch loans
  The fracture clinic lends crutches in three heights: "short", "medium" and
  "tall". A patient may have one pair at a time. A pair that is handed back
  goes to be cleaned before it can be lent again, and the cleaners bring
  pairs back to the shelf in batches.

  Scenario: short crutches run out and come back
    Given the shelf has 2 pairs of "short" crutches
    And the shelf has 2 pairs of "medium" crutches
    When "Ana" borrows a pair of "short" crutches
    And "Ben" borrows a pair of "short" crutches
    And "Cy" borrows a pair of "short" crutches
    Then the nurse says "no short crutches are on the shelf"
    When "Ben" hands the crutches back
    And "Cy" borrows a pair of "medium" crutches
    And "Ana" hands the crutches back
    And 2 pairs of "short" crutches come back from cleaning
    Then the "short" pairs on the shelf are 2
    And the "short" pairs being cleaned are 0
    And the crutches lent to "Cy" are "medium"

  Scenario: changing to a different height
    Given the shelf has 3 pairs of "tall" crutches
    And the shelf has 2 pairs of "medium" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ana" hands the crutches back
    And "Ana" borrows a pair of "medium" crutches
    Then the crutches lent to "Ana" are "medium"
    When "Ana" hands the crutches back
    And "Ana" hands the crutches back
    Then the nurse says "Ana has no crutches to hand back"
    And the "medium" pairs being cleaned are 1

  Scenario: the cleaners bring back too many
    Given the shelf has 3 pairs of "tall" crutches
    When "Ana" borrows a pair of "tall" crutches
    And "Ben" borrows a pair of "tall" crutches
    And "Ana" hands the crutches back
    And "Ben" hands the crutches back
    And 3 pairs of "tall" crutches come back from cleaning
    Then the nurse says "only 2 tall pairs are being cleaned"
    When 2 pairs of "tall" crutches come back from cleaning
    Then the "tall" pairs on the shelf are 3

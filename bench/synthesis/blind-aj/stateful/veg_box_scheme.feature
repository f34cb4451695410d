Feature: Vegetable box deliveries
  A box goes out every week and costs 18.50, charged when it is delivered. A
  customer may skip next week's box up to 4 times in a year; once they are used
  up, skips are refused. Customers can also pause deliveries and restart them
  later. A paused customer gets no boxes and cannot skip.

  Scenario: two weeks of boxes
    Given "Ana" has skipped 0 weeks this year
    When the week's boxes go out
    And the week's boxes go out
    Then the boxes delivered to "Ana" are 2
    And "Ana" has been charged 37.00

  Scenario: skipping a week
    Given "Ana" has skipped 0 weeks this year
    When "Ana" skips next week's box
    And the week's boxes go out
    And the week's boxes go out
    Then the boxes delivered to "Ana" are 1
    And the skips left for "Ana" are 3
    And "Ana" has been charged 18.50

  Scenario: no skips left
    Given "Ana" has skipped 4 weeks this year
    When "Ana" skips next week's box
    Then the website says "no skips left this year"
    When the week's boxes go out
    Then the boxes delivered to "Ana" are 1

  Scenario: a pause
    Given "Ana" has skipped 2 weeks this year
    When "Ana" pauses her deliveries
    And the week's boxes go out
    And the week's boxes go out
    Then the boxes delivered to "Ana" are 0
    When "Ana" restarts her deliveries
    And the week's boxes go out
    Then "Ana" has been charged 18.50
    And the skips left for "Ana" are 2

  Scenario: skipping while paused
    Given "Ana" has skipped 3 weeks this year
    When "Ana" pauses her deliveries
    And "Ana" skips next week's box
    Then the website says "deliveries are paused"
    And the skips left for "Ana" are 1
    When "Ana" restarts her deliveries
    And "Ana" skips next week's box
    And the week's boxes go out
    Then the boxes delivered to "Ana" are 0
    And the skips left for "Ana" are 0

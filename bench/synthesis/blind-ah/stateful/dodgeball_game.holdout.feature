Feature: Dodgeball
  A player hit by the ball is out and waits at the side, in the order the players went out. When a
  player catches a throw, the thrower is out and the first player waiting on the catcher's team
  comes back in. A team with nobody left in loses.

  Scenario: two catches in a row
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Cal" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    And "Fay" plays for the "Blues"
    When "Ana" is hit
    And "Cal" is hit
    And "Ben" catches a throw from "Eve"
    And "Ben" catches a throw from "Fay"
    Then the waiting line for the "Reds" is "none"
    And the waiting line for the "Blues" is "Eve, Fay"
    And the players in for the "Blues" are 1
    And the game is still going

  Scenario: hit twice
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Dan" is hit
    And "Dan" is hit
    Then the referee says "Dan is already out"
    And the players in for the "Blues" are 1
    When "Ben" catches a throw from "Eve"
    Then the "Reds" have won

  Scenario: a team of one
    Given "Ana" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Ana" is hit
    Then the "Blues" have won
    When "Dan" is hit
    Then the referee says "the game is over"
    And the waiting line for the "Blues" is "none"

Feature: Dodgeball
  A player hit by the ball is out and waits at the side, in the order the players went out. When a
  player catches a throw, the thrower is out and the first player waiting on the catcher's team
  comes back in. A team with nobody left in loses.

  Scenario: hit players wait in order
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Cal" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Ben" is hit
    And "Ana" is hit
    Then the waiting line for the "Reds" is "Ben, Ana"
    And the players in for the "Reds" are 1
    And the game is still going

  Scenario: a catch brings the first one back
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Cal" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Ben" is hit
    And "Ana" is hit
    And "Cal" catches a throw from "Dan"
    Then the waiting line for the "Reds" is "Ana"
    And the waiting line for the "Blues" is "Dan"
    And the players in for the "Reds" are 2

  Scenario: a catch with nobody waiting
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Eve" catches a throw from "Ana"
    Then the waiting line for the "Blues" is "none"
    And the waiting line for the "Reds" is "Ana"
    And the players in for the "Blues" are 2

  Scenario: players who are out cannot play
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Dan" plays for the "Blues"
    When "Ana" is hit
    And "Ana" is hit
    Then the referee says "Ana is already out"
    When "Ana" catches a throw from "Dan"
    Then the referee says "Ana is already out"
    And the waiting line for the "Reds" is "Ana"
    And the players in for the "Blues" are 1

  Scenario: the last one out loses
    Given "Ana" plays for the "Reds"
    And "Ben" plays for the "Reds"
    And "Dan" plays for the "Blues"
    And "Eve" plays for the "Blues"
    When "Dan" is hit
    And "Ana" catches a throw from "Eve"
    Then the "Reds" have won
    When "Ben" is hit
    Then the referee says "the game is over"

Feature: Judo contest scoreboard
  A throw scores a waza-ari or an ippon. An ippon wins the contest at once, and
  so does a second waza-ari. A player given a third shido (penalty) loses. When
  time runs out, whoever has more waza-ari wins; if they are level, the contest
  goes to golden score, where the next score wins. Nothing can be scored once
  the contest is over.

  Scenario: an ippon
    Given a new contest between "white" and "blue"
    When "white" scores a waza-ari
    And "blue" scores an ippon
    Then the result is "blue wins"

  Scenario: two waza-ari
    Given a new contest between "white" and "blue"
    When "white" scores a waza-ari
    And "blue" scores a waza-ari
    And "white" scores a waza-ari
    Then the result is "white wins"
    And the waza-ari for "blue" are 1

  Scenario: three shidos
    Given a new contest between "white" and "blue"
    When "blue" is given a shido
    And "blue" is given a shido
    And "blue" is given a shido
    Then the result is "white wins"
    And the shidos for "blue" are 3
    When "white" scores a waza-ari
    Then the referee says "the contest is over"
    And the waza-ari for "white" are 0

  Scenario: ahead when time runs out
    Given a new contest between "white" and "blue"
    When "blue" scores a waza-ari
    And "white" is given a shido
    Then the result is "in progress"
    When time runs out
    Then the result is "blue wins"

  Scenario: golden score
    Given a new contest between "white" and "blue"
    When "white" scores a waza-ari
    And "blue" scores a waza-ari
    And time runs out
    Then the result is "golden score"
    When "blue" scores a waza-ari
    Then the result is "blue wins"

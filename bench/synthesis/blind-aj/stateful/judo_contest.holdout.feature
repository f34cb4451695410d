Feature: Judo contest scoreboard
  A throw scores a waza-ari or an ippon. An ippon wins the contest at once, and
  so does a second waza-ari. A player given a third shido (penalty) loses. When
  time runs out, whoever has more waza-ari wins; if they are level, the contest
  goes to golden score, where the next score wins. Nothing can be scored once
  the contest is over.

  Scenario: penalties then a throw
    Given a new contest between "white" and "blue"
    When "white" is given a shido
    And "white" is given a shido
    And "blue" scores a waza-ari
    Then the shidos for "white" are 2
    And the result is "in progress"
    When "white" scores an ippon
    Then the result is "white wins"

  Scenario: golden score settled by an ippon
    Given a new contest between "white" and "blue"
    When time runs out
    Then the result is "golden score"
    When "blue" scores an ippon
    Then the result is "blue wins"
    When "blue" scores a waza-ari
    Then the referee says "the contest is over"

  Scenario: a win on the bell
    Given a new contest between "white" and "blue"
    When "white" scores a waza-ari
    And time runs out
    Then the result is "white wins"
    When "blue" scores a waza-ari
    Then the referee says "the contest is over"
    And the waza-ari for "blue" are 0

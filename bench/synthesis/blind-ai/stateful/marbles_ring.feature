Feature: Marbles ring
  Each player starts with a pile of marbles. A player who knocks marbles
  out of the ring from another player's pile keeps them, but nobody can
  knock out more marbles than that player has. A player left with no
  marbles is out: they cannot shoot, and nobody can shoot at them. When only
  one player is still in, that player is the winner.

  Scenario: marbles change hands
    Given "Ana" starts with 10 marbles
    And "Ben" starts with 8 marbles
    And "Cy" starts with 6 marbles
    When "Ana" knocks 3 marbles out from "Ben"
    And "Cy" knocks 2 marbles out from "Ana"
    Then the marbles held by "Ana" are 11
    And the marbles held by "Ben" are 5
    And the marbles held by "Cy" are 8
    And the winner is "nobody yet"

  Scenario: no more than the other player has
    Given "Ana" starts with 10 marbles
    And "Ben" starts with 4 marbles
    When "Ana" knocks 5 marbles out from "Ben"
    Then the shot does not count: "Ben only has 4 marbles"
    When "Ana" knocks 4 marbles out from "Ben"
    Then the players still in are "Ana"
    And the winner is "Ana"
    And the marbles held by "Ana" are 14

  Scenario: a player who is out
    Given "Ana" starts with 10 marbles
    And "Ben" starts with 3 marbles
    And "Cy" starts with 6 marbles
    When "Cy" knocks 3 marbles out from "Ben"
    And "Ben" knocks 2 marbles out from "Ana"
    Then the shot does not count: "Ben is out"
    When "Ana" knocks 2 marbles out from "Ben"
    Then the shot does not count: "Ben is out"
    And the players still in are "Ana, Cy"
    And the winner is "nobody yet"
    And the marbles held by "Cy" are 9

  Scenario: down to the last marble
    Given "Ana" starts with 7 marbles
    And "Ben" starts with 7 marbles
    When "Ben" knocks 6 marbles out from "Ana"
    Then the marbles held by "Ana" are 1
    When "Ana" knocks 4 marbles out from "Ben"
    Then the marbles held by "Ana" are 5
    And the marbles held by "Ben" are 9

  Scenario: the last player in wins
    Given "Ana" starts with 5 marbles
    And "Ben" starts with 2 marbles
    And "Cy" starts with 3 marbles
    When "Ana" knocks 2 marbles out from "Ben"
    And "Cy" knocks 7 marbles out from "Ana"
    Then the players still in are "Cy"
    And the winner is "Cy"
    And the marbles held by "Cy" are 10

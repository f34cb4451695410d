Feature: Marbles ring
  Each player starts with a pile of marbles. A player who knocks marbles
  out of the ring from another player's pile keeps them, but nobody can
  knock out more marbles than that player has. A player left with no
  marbles is out: they cannot shoot, and nobody can shoot at them. When only
  one player is still in, that player is the winner.

  Scenario: a big shot and a reply
    Given "Ana" starts with 10 marbles
    And "Ben" starts with 8 marbles
    And "Cy" starts with 6 marbles
    When "Ben" knocks 5 marbles out from "Cy"
    And "Cy" knocks 3 marbles out from "Ana"
    Then the marbles held by "Cy" are 4
    And the marbles held by "Ben" are 13
    And the marbles held by "Ana" are 7
    And the winner is "nobody yet"

  Scenario: a two-player game ends in one shot
    Given "Ana" starts with 6 marbles
    And "Ben" starts with 5 marbles
    When "Ben" knocks 7 marbles out from "Ana"
    Then the shot does not count: "Ana only has 6 marbles"
    When "Ben" knocks 6 marbles out from "Ana"
    Then the winner is "Ben"
    And the players still in are "Ben"
    And the marbles held by "Ben" are 11

  Scenario: the game goes on without the player who is out
    Given "Ana" starts with 9 marbles
    And "Ben" starts with 2 marbles
    And "Cy" starts with 4 marbles
    When "Ana" knocks 2 marbles out from "Ben"
    And "Cy" knocks 3 marbles out from "Ben"
    Then the shot does not count: "Ben is out"
    When "Cy" knocks 3 marbles out from "Ana"
    Then the marbles held by "Ana" are 8
    And the marbles held by "Cy" are 7
    And the players still in are "Ana, Cy"

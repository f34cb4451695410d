Feature: Card game turns
  Play goes round the table in seating order. A reverse card turns the direction of play round;
  a skip card misses out the next player.

  Background:
    Given the players round the table are "Sam, Mia, Ava, Ben"

  Scenario: plain cards go round the table
    Given it is Sam's turn
    When a number card is played
    Then it is Mia's turn
    When a number card is played
    And a number card is played
    Then it is Ben's turn
    When a number card is played
    Then it is Sam's turn

  Scenario: a reverse
    Given it is Ava's turn
    When a reverse is played
    Then it is Mia's turn
    When a number card is played
    Then it is Sam's turn
    When a number card is played
    Then it is Ben's turn

  Scenario: skips
    Given it is Mia's turn
    When a skip is played
    Then it is Ben's turn
    When a skip is played
    Then it is Mia's turn

  Scenario: a skip after a reverse
    Given it is Ben's turn
    When a reverse is played
    And a skip is played
    Then it is Sam's turn
    When a reverse is played
    Then it is Mia's turn

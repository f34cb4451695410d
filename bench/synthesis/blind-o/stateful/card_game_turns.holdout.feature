Feature: Card game turns
  Play goes round the table in seating order. A reverse card turns the direction of play round;
  a skip card misses out the next player.

  Background:
    Given the players round the table are "Sam, Mia, Ava, Ben"

  Scenario: two reverses in a row
    Given it is Sam's turn
    When a reverse is played
    And a reverse is played
    Then it is Sam's turn
    When a number card is played
    Then it is Mia's turn

  Scenario: a skip across the end of the table
    Given it is Ava's turn
    When a number card is played
    And a skip is played
    And a reverse is played
    Then it is Sam's turn

  Scenario: skipping backwards
    Given it is Mia's turn
    When a reverse is played
    And a skip is played
    Then it is Ava's turn
    When a number card is played
    Then it is Mia's turn

Feature: Bingo card
  My card has six numbers; when all six have been called the card is a full house. The
  caller draws numbers from 1 to 90.

  Background:
    Given my card has the numbers 5, 12, 23, 34, 41 and 58

  Scenario: house in reverse
    When the caller calls 58
    And the caller calls 41
    And the caller calls 34
    And the caller calls 23
    And the caller calls 12
    And the caller calls 1
    And the caller calls 5
    Then the unmarked count is 0
    And the card shows "full house"

  Scenario: a slow start
    When the caller calls 60
    And the caller calls 60
    Then the caller is told "60 has already been called"
    When the caller calls 95
    Then the caller is told "numbers go from 1 to 90"
    When the caller calls 5
    Then the unmarked count is 5
    And the card shows "playing"

  Scenario: a repeat on the card
    When the caller calls 12
    And the caller calls 23
    And the caller calls 12
    Then the caller is told "12 has already been called"
    When the caller calls 89
    Then the unmarked count is 4

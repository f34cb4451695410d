Feature: Bingo card
  My card has six numbers; when all six have been called the card is a full house. The
  caller draws numbers from 1 to 90.

  Background:
    Given my card has the numbers 5, 12, 23, 34, 41 and 58

  Scenario: a few calls
    When the caller calls 23
    And the caller calls 7
    And the caller calls 58
    Then the unmarked count is 4
    And the card shows "playing"

  Scenario: a full house
    When the caller calls 5
    And the caller calls 12
    And the caller calls 23
    And the caller calls 34
    And the caller calls 41
    And the caller calls 58
    Then the unmarked count is 0
    And the card shows "full house"

  Scenario: calls that do not count
    When the caller calls 41
    And the caller calls 41
    Then the caller is told "41 has already been called"
    When the caller calls 90
    And the caller calls 91
    Then the caller is told "numbers go from 1 to 90"
    When the caller calls 0
    Then the caller is told "numbers go from 1 to 90"
    And the unmarked count is 5

  Scenario: a repeat off the card
    When the caller calls 12
    And the caller calls 8
    And the caller calls 8
    Then the caller is told "8 has already been called"
    When the caller calls 34
    Then the unmarked count is 4
    And the card shows "playing"

Feature: Pier binoculars
  Each coin buys 3 minutes of viewing, and the binoculars hold at most 12 minutes of credit
  at a time. Coins put in together that would take the credit past 12 minutes are all
  handed back. Viewing uses up the credit.

  Scenario: a short look
    Given the pier binoculars with no credit
    When 2 coins are put in
    And the binoculars are used for 4 minutes
    Then the credit in minutes is 2
    When a coin is put in
    Then the credit in minutes is 5

  Scenario: running out
    Given the pier binoculars with no credit
    When a coin is put in
    And the binoculars are used for 5 minutes
    Then the binoculars show "only 3 minutes of credit left"
    When the binoculars are used for 3 minutes
    Then the credit in minutes is 0
    When the binoculars are used for 2 minutes
    Then the binoculars show "put a coin in first"

  Scenario: the most it holds
    Given the pier binoculars with no credit
    When 3 coins are put in
    And 2 coins are put in
    Then the binoculars show "the binoculars hold at most 12 minutes"
    And the credit in minutes is 9
    When a coin is put in
    Then the credit in minutes is 12
    When a coin is put in
    Then the binoculars show "the binoculars hold at most 12 minutes"
    And the coins taken are 4

  Scenario: topping up part way
    Given the pier binoculars with no credit
    When 4 coins are put in
    And the binoculars are used for 7 minutes
    And 2 coins are put in
    Then the credit in minutes is 11
    And the coins taken are 6

Feature: Pier binoculars
  Each coin buys 3 minutes of viewing, and the binoculars hold at most 12 minutes of credit
  at a time. Coins put in together that would take the credit past 12 minutes are all
  handed back. Viewing uses up the credit.

  Scenario: a longer look than paid for
    Given the pier binoculars with no credit
    When 2 coins are put in
    And the binoculars are used for 8 minutes
    Then the binoculars show "only 6 minutes of credit left"
    When the binoculars are used for 6 minutes
    And a coin is put in
    Then the credit in minutes is 3
    And the coins taken are 3

  Scenario: full to the top
    Given the pier binoculars with no credit
    When the binoculars are used for 3 minutes
    Then the binoculars show "put a coin in first"
    When 4 coins are put in
    And a coin is put in
    Then the binoculars show "the binoculars hold at most 12 minutes"
    And the credit in minutes is 12
    And the coins taken are 4

  Scenario: one coin too many
    Given the pier binoculars with no credit
    When 3 coins are put in
    And the binoculars are used for 2 minutes
    And a coin is put in
    And a coin is put in
    Then the binoculars show "the binoculars hold at most 12 minutes"
    And the credit in minutes is 10
    And the coins taken are 4

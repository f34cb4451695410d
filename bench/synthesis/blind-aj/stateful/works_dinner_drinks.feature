Feature: Drink tokens at the works dinner
  Every guest gets 2 drink tokens at the door, or 4 on the top table. A drink at
  the bar takes one token and a bottle of wine takes 3. Guests may hand a token
  to someone else. Once the bar closes, no more tokens are taken.

  Scenario: two drinks
    Given "Ana" arrives
    When "Ana" buys a drink
    And "Ana" buys a drink
    Then the tokens held by "Ana" are 0
    When "Ana" buys a drink
    Then the bar says "Ana has no tokens left"

  Scenario: the top table
    Given "Ben" arrives on the top table
    When "Ben" buys a bottle of wine
    Then the tokens held by "Ben" are 1

  Scenario: sharing tokens
    Given "Ana" arrives
    And "Cy" arrives
    When "Cy" hands a token to "Ana"
    And "Ana" buys a bottle of wine
    Then the tokens held by "Ana" are 0
    And the tokens held by "Cy" are 1

  Scenario: not enough for a bottle
    Given "Ana" arrives
    When "Ana" buys a bottle of wine
    Then the bar says "a bottle takes 3 tokens"
    And the tokens held by "Ana" are 2

  Scenario: closing time
    Given "Ben" arrives on the top table
    When "Ben" buys a drink
    And the bar closes
    And "Ben" buys a drink
    Then the bar says "the bar is closed"
    And the tokens held by "Ben" are 3

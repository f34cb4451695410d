Feature: Drink tokens at the works dinner
  Every guest gets 2 drink tokens at the door, or 4 on the top table. A drink at
  the bar takes one token and a bottle of wine takes 3. Guests may hand a token
  to someone else. Once the bar closes, no more tokens are taken.

  Scenario: a round of wine
    Given "Dee" arrives on the top table
    And "Eli" arrives
    When "Eli" hands a token to "Dee"
    And "Dee" buys a bottle of wine
    And "Dee" buys a drink
    Then the tokens held by "Dee" are 1
    When "Eli" buys a drink
    And "Eli" buys a drink
    Then the bar says "Eli has no tokens left"

  Scenario: one bottle too many
    Given "Fay" arrives
    When "Fay" buys a drink
    And "Fay" buys a bottle of wine
    Then the bar says "a bottle takes 3 tokens"
    And the tokens held by "Fay" are 1

  Scenario: last orders
    Given "Gus" arrives
    And "Hal" arrives on the top table
    When "Hal" buys a bottle of wine
    And the bar closes
    And "Gus" buys a drink
    Then the bar says "the bar is closed"
    And the tokens held by "Gus" are 2
    And the tokens held by "Hal" are 1

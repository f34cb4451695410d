Feature: Coin turnstile

  Scenario: two paying visitors and one who does not pay
    Given the turnstile is locked
    And the cash box holds 10 coins
    When I insert a coin
    And I push through
    And I insert a coin
    And I push through
    And I push through
    Then the display says "insert a coin first"
    And the cash box holds 12 coins
    And people through: 2

  Scenario: starting unlocked
    Given the turnstile is unlocked
    And the cash box holds 7 coins
    When I push through
    And I insert a coin
    Then the turnstile is unlocked
    And the cash box holds 8 coins

  Scenario: a second coin straight away
    Given the turnstile is locked
    And the cash box holds 3 coins
    When I insert a coin
    And I insert a coin
    Then the display says "already unlocked, coin returned"
    And the cash box holds 4 coins

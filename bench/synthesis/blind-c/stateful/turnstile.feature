Feature: Coin turnstile

  Scenario: a coin unlocks the turnstile
    Given the turnstile is locked
    And the cash box holds 5 coins
    When I insert a coin
    Then the turnstile is unlocked
    And the cash box holds 6 coins

  Scenario: pushing through locks it again
    Given the turnstile is locked
    When I insert a coin
    And I push through
    Then the turnstile is locked
    And people through: 1

  Scenario: pushing without paying
    Given the turnstile is locked
    When I push through
    Then the display says "insert a coin first"
    And the turnstile is locked
    And people through: 0

  Scenario: paying twice
    Given the turnstile is unlocked
    And the cash box holds 4 coins
    When I insert a coin
    Then the display says "already unlocked, coin returned"
    And the cash box holds 4 coins
    And the turnstile is unlocked

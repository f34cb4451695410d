Feature: Contactless payments
  A single contactless payment can be at most 100.00.

  Scenario: small payments
    Given a card that has not been used today
    When a contactless payment of 3.20 is made
    And a contactless payment of 12.80 is made
    Then the spend today is 16.00
    And the contactless count is 2

  Scenario: over the limit
    Given a card that has not been used today
    When a contactless payment of 100.00 is made
    Then the spend today is 100.00
    When a contactless payment of 100.01 is made
    Then the terminal shows "contactless limit is 100.00"
    And the spend today is 100.00
    And the contactless count is 1
    When a chip and PIN payment of 100.01 is made
    Then the spend today is 200.01
    And the contactless count is 0

  Scenario: five in a row
    Given a card that has not been used today
    When a contactless payment of 2.00 is made
    And a contactless payment of 4.50 is made
    And a contactless payment of 1.20 is made
    And a contactless payment of 3.30 is made
    And a contactless payment of 6.00 is made
    Then the contactless count is 5
    When a contactless payment of 2.50 is made
    Then the terminal shows "insert card and enter PIN"
    And the spend today is 17.00

  Scenario: the PIN starts the count again
    Given a card that has not been used today
    When a contactless payment of 10.00 is made
    And a contactless payment of 10.00 is made
    And a contactless payment of 10.00 is made
    And a contactless payment of 10.00 is made
    And a contactless payment of 10.00 is made
    And a chip and PIN payment of 8.40 is made
    And a contactless payment of 5.00 is made
    Then the contactless count is 1
    And the spend today is 63.40

  Scenario: a big shop on chip and PIN
    Given a card that has not been used today
    When a chip and PIN payment of 245.99 is made
    And a contactless payment of 20.00 is made
    Then the spend today is 265.99
    And the contactless count is 1

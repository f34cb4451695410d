Feature: Contactless payments
  A single contactless payment can be at most 100.00.

  Scenario: just under the limit and then a small one
    Given a card that has not been used today
    When a contactless payment of 99.99 is made
    And a contactless payment of 150.00 is made
    Then the terminal shows "contactless limit is 100.00"
    When a contactless payment of 0.50 is made
    Then the spend today is 100.49
    And the contactless count is 2

  Scenario: a PIN in the middle of the day
    Given a card that has not been used today
    When a contactless payment of 1.00 is made
    And a contactless payment of 1.00 is made
    And a contactless payment of 1.00 is made
    And a contactless payment of 1.00 is made
    And a chip and PIN payment of 30.00 is made
    And a contactless payment of 2.00 is made
    And a contactless payment of 2.00 is made
    And a contactless payment of 2.00 is made
    And a contactless payment of 2.00 is made
    And a contactless payment of 2.00 is made
    And a contactless payment of 2.00 is made
    Then the terminal shows "insert card and enter PIN"
    And the contactless count is 5
    And the spend today is 44.00

  Scenario: a refused payment does not count towards five
    Given a card that has not been used today
    When a contactless payment of 4.00 is made
    And a contactless payment of 4.00 is made
    And a contactless payment of 4.00 is made
    And a contactless payment of 4.00 is made
    And a contactless payment of 101.00 is made
    Then the terminal shows "contactless limit is 100.00"
    When a contactless payment of 6.00 is made
    Then the contactless count is 5
    When a contactless payment of 7.00 is made
    Then the terminal shows "insert card and enter PIN"
    And the spend today is 22.00

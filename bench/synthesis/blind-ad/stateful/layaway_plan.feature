Feature: Layaway plan
  The coat stays in the shop until it is paid off. Any payment up to the amount still owed is
  taken. Cancelling refunds everything paid, deposit included, except a fee of 10.00. Once the
  coat is collected or the layaway is cancelled, nothing more can be paid.

  Scenario: paying off and collecting
    Given a coat of 120.00 is put on layaway with a deposit of 20.00
    When a payment of 50.00 is made
    Then the amount owed is 50.00
    And the amount paid is 70.00
    When a payment of 50.00 is made
    And the customer collects the coat
    Then the coat is "collected"
    And the amount owed is 0.00

  Scenario: paying too much
    Given a coat of 89.99 is put on layaway with a deposit of 15.00
    When a payment of 60.00 is made
    And a payment of 20.00 is made
    Then the shop says "that is more than the 14.99 still owed"
    And the amount owed is 14.99
    When a payment of 14.99 is made
    Then the amount owed is 0.00

  Scenario: collecting too early
    Given a coat of 150.00 is put on layaway with a deposit of 30.00
    When the customer collects the coat
    Then the shop says "the coat is not paid off yet"
    And the coat is "on layaway"
    When a payment of 45.50 is made
    Then the amount owed is 74.50

  Scenario: cancelling
    Given a coat of 99.00 is put on layaway with a deposit of 25.00
    When a payment of 12.50 is made
    And the layaway is cancelled
    Then the coat is "cancelled"
    And the refund is 27.50
    When a payment of 10.00 is made
    Then the shop says "this layaway is closed"
    And the amount paid is 37.50

  Scenario: nothing more after collecting
    Given a coat of 60.00 is put on layaway with a deposit of 20.00
    When a payment of 40.00 is made
    And the customer collects the coat
    And a payment of 5.00 is made
    Then the shop says "this layaway is closed"
    And the amount paid is 60.00

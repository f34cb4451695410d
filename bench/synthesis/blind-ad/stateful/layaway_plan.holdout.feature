Feature: Layaway plan
  The coat stays in the shop until it is paid off. Any payment up to the amount still owed is
  taken. Cancelling refunds everything paid, deposit included, except a fee of 10.00. Once the
  coat is collected or the layaway is cancelled, nothing more can be paid.

  Scenario: small payments
    Given a coat of 75.00 is put on layaway with a deposit of 15.00
    When a payment of 20.00 is made
    And a payment of 20.00 is made
    And a payment of 25.00 is made
    Then the shop says "that is more than the 20.00 still owed"
    When a payment of 20.00 is made
    And the customer collects the coat
    Then the coat is "collected"
    And the amount paid is 75.00

  Scenario: a change of mind
    Given a coat of 200.00 is put on layaway with a deposit of 40.00
    When a payment of 35.25 is made
    Then the amount owed is 124.75
    When the layaway is cancelled
    Then the refund is 65.25
    When a payment of 20.00 is made
    Then the shop says "this layaway is closed"
    And the coat is "cancelled"

  Scenario: a penny short
    Given a coat of 49.99 is put on layaway with a deposit of 10.00
    When a payment of 39.98 is made
    Then the amount owed is 0.01
    When the customer collects the coat
    Then the shop says "the coat is not paid off yet"
    When a payment of 0.01 is made
    And the customer collects the coat
    Then the coat is "collected"

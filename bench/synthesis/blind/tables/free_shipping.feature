Feature: Free delivery
  Orders of 50 or more are delivered free; smaller orders pay 4.95 for delivery.

  Scenario Outline: delivery charge at checkout
    Given a basket totalling <total>
    When the delivery charge is worked out
    Then the delivery charge is <charge>

    Examples:
      | total | charge |
      | 12    | 4.95   |
      | 35.5  | 4.95   |
      | 49.99 | 4.95   |
      | 50    | 0      |
      | 64    | 0      |
      | 180   | 0      |

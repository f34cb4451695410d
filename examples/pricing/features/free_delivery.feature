Feature: Free delivery
  Orders of 50 or more are delivered for free.

  Scenario Outline: deciding on free delivery
    Given an order totalling <total>
    When free delivery is checked
    Then free delivery is <free>

    Examples:
      | total | free  |
      | 10    | false |
      | 49.99 | false |
      | 50    | true  |
      | 120   | true  |

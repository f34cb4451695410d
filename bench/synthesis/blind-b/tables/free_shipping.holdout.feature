Feature: Free delivery
  Orders of 50 euros or more are delivered for free; smaller orders pay the standard delivery charge.

  Scenario Outline: is delivery free?
    Given a basket worth <total> euros
    When delivery is calculated at checkout
    Then delivery is <delivery>

    Examples:
      | total | delivery |
      | 50.00 | free     |
      | 49.99 | charged  |
      | 8.50  | charged  |
      | 58.00 | free     |

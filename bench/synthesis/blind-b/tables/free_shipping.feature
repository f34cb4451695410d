Feature: Free delivery
  Orders of 50 euros or more are delivered for free; smaller orders pay the standard delivery charge.

  Scenario Outline: is delivery free?
    Given a basket worth <total> euros
    When delivery is calculated at checkout
    Then delivery is <delivery>

    Examples:
      | total  | delivery |
      | 12.00  | charged  |
      | 29.90  | charged  |
      | 44.50  | charged  |
      | 61.00  | free     |
      | 75.20  | free     |
      | 120.00 | free     |

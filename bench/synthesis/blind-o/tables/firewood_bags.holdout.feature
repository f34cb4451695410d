Feature: Firewood delivery
  Bags of logs are 7.50 each, or 6.50 each on orders of 10 bags or more. Delivery costs 5.00,
  but it is free when the logs come to 50.00 or more.

  Scenario Outline: totalling a log order
    Given the number of bags ordered is <bags>
    When the firewood order is totalled
    Then delivery costs <delivery>
    And the total to pay is <total>

    Examples:
      | bags | delivery | total  |
      | 2    | 5.00     | 20.00  |
      | 4    | 5.00     | 35.00  |
      | 5    | 5.00     | 42.50  |
      | 11   | 0.00     | 71.50  |
      | 15   | 0.00     | 97.50  |
      | 30   | 0.00     | 195.00 |

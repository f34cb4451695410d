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
      | 1    | 5.00     | 12.50  |
      | 3    | 5.00     | 27.50  |
      | 6    | 5.00     | 50.00  |
      | 7    | 0.00     | 52.50  |
      | 8    | 0.00     | 60.00  |
      | 9    | 0.00     | 67.50  |
      | 10   | 0.00     | 65.00  |
      | 12   | 0.00     | 78.00  |
      | 20   | 0.00     | 130.00 |

Feature: Restaurant tip
  The tip is the chosen percentage of the bill, rounded to the nearest cent
  (half a cent rounds up). The total to pay is the bill plus the tip.

  Scenario Outline: tip and total
    Given a bill of <bill> euros
    And the guest wants to tip <percent> percent
    When the tip is worked out
    Then the tip is <tip> euros
    And the total to pay is <total> euros

    Examples:
      | bill  | percent | tip   | total |
      | 80.00 | 15      | 12.00 | 92.00 |
      | 16.90 | 10      | 1.69  | 18.59 |
      | 44.10 | 5       | 2.21  | 46.31 |
      | 7.50  | 20      | 1.50  | 9.00  |
      | 61.75 | 12      | 7.41  | 69.16 |
      | 2.30  | 15      | 0.35  | 2.65  |

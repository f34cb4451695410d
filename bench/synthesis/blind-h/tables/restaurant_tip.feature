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
      | bill   | percent | tip   | total  |
      | 40.00  | 10      | 4.00  | 44.00  |
      | 24.50  | 15      | 3.68  | 28.18  |
      | 100.00 | 0       | 0.00  | 100.00 |
      | 18.20  | 12      | 2.18  | 20.38  |
      | 57.30  | 20      | 11.46 | 68.76  |
      | 9.99   | 25      | 2.50  | 12.49  |
      | 33.33  | 18      | 6.00  | 39.33  |
      | 12.10  | 5       | 0.61  | 12.71  |

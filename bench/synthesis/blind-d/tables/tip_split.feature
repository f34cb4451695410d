Feature: Splitting the bill
  The tip is a percentage of the bill. The bill plus the tip is shared equally
  between the diners, and each share is rounded up to the next cent so the
  restaurant is never short.

  Scenario Outline: each diner's share of the bill
    Given a bill of <bill> euros
    And a tip of <tip> percent
    And <diners> diners
    When the bill is split
    Then each diner pays <share> euros

    Examples:
      | bill   | tip  | diners | share |
      | 100.00 | 10   | 4      | 27.50 |
      | 60.00  | 15   | 3      | 23.00 |
      | 100.00 | 0    | 3      | 33.34 |
      | 45.50  | 20   | 2      | 27.30 |
      | 80.00  | 12.5 | 3      | 30.00 |
      | 10.00  | 15   | 1      | 11.50 |
      | 99.99  | 10   | 7      | 15.72 |
      | 50.00  | 18   | 6      | 9.84  |

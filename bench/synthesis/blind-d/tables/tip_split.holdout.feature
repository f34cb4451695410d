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
      | 120.00 | 10   | 4      | 33.00 |
      | 75.00  | 20   | 4      | 22.50 |
      | 10.00  | 0    | 3      | 3.34  |
      | 33.33  | 15   | 2      | 19.17 |
      | 200.00 | 12.5 | 6      | 37.50 |

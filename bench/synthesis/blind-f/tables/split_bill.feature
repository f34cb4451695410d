Feature: Splitting the restaurant bill
  The tip is a percentage of the bill. The bill plus the tip is shared equally,
  and each share is rounded up to the next cent so that nobody pays short.

  Scenario Outline: share per person
    Given a bill of <bill> euros
    And a tip of <tip> percent
    And <people> people at the table
    When the bill is split
    Then each person pays <share> euros

    Examples:
      | bill   | tip | people | share |
      | 100.00 | 10  | 4      | 27.50 |
      | 90.00  | 0   | 3      | 30.00 |
      | 100.00 | 0   | 3      | 33.34 |
      | 50.00  | 15  | 2      | 28.75 |
      | 10.00  | 0   | 1      | 10.00 |
      | 77.70  | 12  | 5      | 17.41 |
      | 45.00  | 20  | 7      | 7.72  |
      | 200.00 | 5   | 6      | 35.00 |

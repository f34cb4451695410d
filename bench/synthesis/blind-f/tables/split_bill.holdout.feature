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
      | 60.00  | 10  | 3      | 22.00 |
      | 85.00  | 0   | 4      | 21.25 |
      | 33.00  | 15  | 2      | 18.98 |
      | 120.00 | 18  | 5      | 28.32 |
      | 10.00  | 10  | 3      | 3.67  |

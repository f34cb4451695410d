Feature: Window cleaning
  Windows cost 2.50 each downstairs and 3.50 each upstairs; the smallest bill is 15.00.

  Scenario Outline: the bill for a house
    Given the windows downstairs number <down>
    And the windows upstairs number <up>
    When the window cleaner writes the bill
    Then the bill is <bill>

    Examples:
      | down | up | bill  |
      | 5    | 1  | 16.00 |
      | 4    | 1  | 15.00 |
      | 7    | 0  | 17.50 |
      | 1    | 4  | 16.50 |
      | 8    | 4  | 34.00 |
      | 12   | 10 | 65.00 |

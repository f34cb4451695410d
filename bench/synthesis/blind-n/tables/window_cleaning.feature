Feature: Window cleaning
  Windows cost 2.50 each downstairs and 3.50 each upstairs; the smallest bill is 15.00.

  Scenario Outline: the bill for a house
    Given the windows downstairs number <down>
    And the windows upstairs number <up>
    When the window cleaner writes the bill
    Then the bill is <bill>

    Examples:
      | down | up | bill  |
      | 6    | 0  | 15.00 |
      | 4    | 0  | 15.00 |
      | 1    | 1  | 15.00 |
      | 2    | 2  | 15.00 |
      | 0    | 4  | 15.00 |
      | 0    | 5  | 17.50 |
      | 3    | 3  | 18.00 |
      | 6    | 2  | 22.00 |
      | 10   | 8  | 53.00 |

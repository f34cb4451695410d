Feature: Swimming gala results board

  Scenario Outline: a time on the board
    Given a swimmer finished in <seconds> seconds
    When the result board shows the time
    Then the board shows "<board>"

    Examples:
      | seconds | board   |
      | 72.8    | 1:12.8  |
      | 9.5     | 0:09.5  |
      | 185.0   | 3:05.0  |
      | 601.4   | 10:01.4 |
      | 44.4    | 0:44.4  |

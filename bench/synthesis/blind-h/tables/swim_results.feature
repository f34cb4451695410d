Feature: Swimming gala results board

  Scenario Outline: a time on the board
    Given a swimmer finished in <seconds> seconds
    When the result board shows the time
    Then the board shows "<board>"

    Examples:
      | seconds | board   |
      | 65.3    | 1:05.3  |
      | 59.9    | 0:59.9  |
      | 60.0    | 1:00.0  |
      | 120.0   | 2:00.0  |
      | 5.2     | 0:05.2  |
      | 754.6   | 12:34.6 |
      | 99.1    | 1:39.1  |
      | 3599.9  | 59:59.9 |

Feature: Bus departure log

  Scenario Outline: logging a departure
    Given the bus was due at "<due>"
    And it left at "<left>"
    When the departure is logged
    Then the log says "<log>"

    Examples:
      | due   | left  | log         |
      | 07:45 | 07:46 | on time     |
      | 10:50 | 11:02 | 12 min late |
      | 13:20 | 13:18 | 2 min early |
      | 16:00 | 16:02 | 2 min late  |
      | 21:05 | 22:00 | 55 min late |
      | 05:30 | 05:30 | on time     |

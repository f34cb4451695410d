Feature: Bus departure log

  Scenario Outline: logging a departure
    Given the bus was due at "<due>"
    And it left at "<left>"
    When the departure is logged
    Then the log says "<log>"

    Examples:
      | due   | left  | log         |
      | 08:00 | 08:00 | on time     |
      | 08:00 | 08:01 | on time     |
      | 08:00 | 08:02 | 2 min late  |
      | 12:30 | 12:45 | 15 min late |
      | 17:55 | 18:10 | 15 min late |
      | 09:10 | 09:07 | 3 min early |
      | 23:40 | 23:59 | 19 min late |
      | 06:15 | 06:14 | 1 min early |
      | 14:00 | 15:05 | 65 min late |

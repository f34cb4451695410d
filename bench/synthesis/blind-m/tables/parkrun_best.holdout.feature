Feature: Parkrun personal best
  Each run is compared with the runner's personal best. A faster time is a new
  PB and the app shows by how much; a slower time shows how far off the PB it
  was. Times are minutes and seconds.

  Scenario Outline: a result comes in
    Given a personal best of "<best>"
    And a finishing time today of "<today>"
    When the result is posted
    Then the app shows "<message>"

    Examples:
      | best  | today | message             |
      | 23:40 | 23:12 | new PB by 0:28      |
      | 28:00 | 28:00 | equal to PB         |
      | 21:15 | 22:05 | 0:50 slower than PB |
      | 30:59 | 29:01 | new PB by 1:58      |
      | 18:30 | 21:40 | 3:10 slower than PB |
      | 26:09 | 25:59 | new PB by 0:10      |

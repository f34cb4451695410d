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
      | 24:30 | 24:18 | new PB by 0:12      |
      | 24:30 | 24:35 | 0:05 slower than PB |
      | 22:10 | 22:10 | equal to PB         |
      | 27:45 | 26:50 | new PB by 0:55      |
      | 19:58 | 20:03 | 0:05 slower than PB |
      | 31:20 | 29:59 | new PB by 1:21      |
      | 25:00 | 27:15 | 2:15 slower than PB |
      | 20:01 | 19:59 | new PB by 0:02      |
      | 35:05 | 35:06 | 0:01 slower than PB |

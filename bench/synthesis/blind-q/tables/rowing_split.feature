Feature: Rowing machine split
  The split is the average time per 500 metres: total time x 500 / distance, rounded to the
  nearest tenth of a second and shown as minutes, seconds and tenths ("1:48.0").

  Scenario Outline: the split for a piece on the machine
    Given a piece of <distance> metres
    And it took "<time>"
    When the split is worked out
    Then the split is "<split>"

    Examples:
      | distance | time    | split  |
      | 2000     | 7:12.0  | 1:48.0 |
      | 2000     | 6:59.9  | 1:45.0 |
      | 2000     | 4:20.4  | 1:05.1 |
      | 1000     | 3:20.4  | 1:40.2 |
      | 5000     | 20:01.0 | 2:00.1 |
      | 6000     | 24:30.0 | 2:02.5 |
      | 2000     | 8:00.3  | 2:00.1 |
      | 2000     | 7:59.7  | 1:59.9 |
      | 10000    | 38:47.5 | 1:56.4 |

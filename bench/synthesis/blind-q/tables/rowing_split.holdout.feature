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
      | 750      | 2:30.0  | 1:40.0 |
      | 500      | 1:31.4  | 1:31.4 |
      | 2000     | 7:30.5  | 1:52.6 |
      | 3000     | 11:15.7 | 1:52.6 |
      | 1000     | 3:05.8  | 1:32.9 |
      | 5000     | 18:02.3 | 1:48.2 |

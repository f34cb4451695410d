Feature: Running pace
  The pace is the time per kilometre, rounded to the nearest second and
  shown as minutes:seconds.

  Scenario Outline: pace of a run
    Given a run of <km> km in <minutes> minutes
    When the pace is worked out
    Then the pace is "<pace>" per km

    Examples:
      | km   | minutes | pace |
      | 4    | 26      | 6:30 |
      | 15   | 80      | 5:20 |
      | 9    | 50      | 5:33 |
      | 2.5  | 11      | 4:24 |
      | 42.2 | 180     | 4:16 |
      | 6    | 37      | 6:10 |

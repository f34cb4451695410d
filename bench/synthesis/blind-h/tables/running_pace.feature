Feature: Running pace
  The pace is the time per kilometre, rounded to the nearest second and
  shown as minutes:seconds.

  Scenario Outline: pace of a run
    Given a run of <km> km in <minutes> minutes
    When the pace is worked out
    Then the pace is "<pace>" per km

    Examples:
      | km   | minutes | pace |
      | 5    | 25      | 5:00 |
      | 10   | 55      | 5:30 |
      | 5    | 27      | 5:24 |
      | 21.1 | 120     | 5:41 |
      | 3    | 20      | 6:40 |
      | 7    | 40      | 5:43 |
      | 42.2 | 210     | 4:59 |
      | 1    | 4       | 4:00 |
      | 12   | 90      | 7:30 |

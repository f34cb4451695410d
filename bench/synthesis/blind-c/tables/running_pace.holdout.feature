Feature: Running pace

  Scenario Outline: pace and speed of a run
    Given a run of <distance> km
    And a finishing time of "<time>"
    When the pace is worked out
    Then the pace is "<pace>" per km
    And the average speed is <speed> km/h

    Examples:
      | distance | time    | pace | speed |
      | 15       | 1:21:00 | 5:24 | 11.1  |
      | 6.4      | 33:00   | 5:09 | 11.6  |
      | 1        | 3:59    | 3:59 | 15.1  |
      | 30       | 2:45:30 | 5:31 | 10.9  |

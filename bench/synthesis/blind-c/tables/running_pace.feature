Feature: Running pace

  Scenario Outline: pace and speed of a run
    Given a run of <distance> km
    And a finishing time of "<time>"
    When the pace is worked out
    Then the pace is "<pace>" per km
    And the average speed is <speed> km/h

    Examples:
      | distance | time    | pace | speed |
      | 5        | 25:00   | 5:00 | 12.0  |
      | 10       | 52:30   | 5:15 | 11.4  |
      | 21.1     | 1:45:00 | 4:59 | 12.1  |
      | 42.195   | 3:30:00 | 4:59 | 12.1  |
      | 3        | 14:10   | 4:43 | 12.7  |
      | 8        | 1:04:00 | 8:00 | 7.5   |
      | 7.5      | 42:00   | 5:36 | 10.7  |
      | 12       | 59:59   | 5:00 | 12.0  |

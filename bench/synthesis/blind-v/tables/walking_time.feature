Feature: Walking time
  Allow 12 minutes for every kilometre and 1 minute for every 10 metres of climbing, then
  round up to a whole minute. The same time is also shown as hours and minutes.

  Scenario Outline: estimating a walk
    Given a route of <km> km
    And <climb> metres of climbing
    When the walking time is estimated
    Then it takes <minutes> minutes
    And the time reads "<clock>"

    Examples:
      | km   | climb | minutes | clock |
      | 5.0  | 0     | 60      | 1:00  |
      | 4.3  | 0     | 52      | 0:52  |
      | 0.5  | 0     | 6       | 0:06  |
      | 10.0 | 250   | 145     | 2:25  |
      | 8.5  | 600   | 162     | 2:42  |
      | 2.0  | 5     | 25      | 0:25  |
      | 7.0  | 3     | 85      | 1:25  |
      | 12.4 | 935   | 243     | 4:03  |
      | 15.0 | 1000  | 280     | 4:40  |

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
      | 3.2  | 150   | 54      | 0:54  |
      | 20.0 | 1500  | 390     | 6:30  |
      | 6.6  | 333   | 113     | 1:53  |
      | 1.0  | 20    | 14      | 0:14  |
      | 9.9  | 0     | 119     | 1:59  |
      | 11.1 | 777   | 211     | 3:31  |

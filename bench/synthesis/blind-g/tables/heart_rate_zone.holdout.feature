Feature: Heart rate zones on a running watch
  The maximum heart rate is 220 minus the age. Below 50 percent of it the zone
  is resting, from 50 percent light, from 70 percent moderate and from 85
  percent hard.

  Scenario Outline: zone for a heart rate
    Given a runner aged <age>
    And a heart rate of <bpm> beats per minute
    When the zone is shown
    Then the zone is "<zone>"

    Examples:
      | age | bpm | zone     |
      | 30  | 95  | light    |
      | 50  | 150 | hard     |
      | 45  | 120 | light    |
      | 35  | 60  | resting  |
      | 25  | 166 | hard     |
      | 70  | 110 | moderate |

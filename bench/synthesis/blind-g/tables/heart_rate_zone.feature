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
      | 20  | 99  | resting  |
      | 20  | 100 | light    |
      | 20  | 139 | light    |
      | 20  | 140 | moderate |
      | 20  | 169 | moderate |
      | 20  | 170 | hard     |
      | 40  | 126 | moderate |
      | 60  | 79  | resting  |

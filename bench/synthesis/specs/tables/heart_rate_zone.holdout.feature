Feature: Training zones
  The zone depends on the heart rate as a share of the runner's maximum: below 60% is zone 1, from 60% zone 2, from 70% zone 3, from 80% zone 4 and from 90% zone 5.

  Scenario Outline: the zone a runner is training in
    Given a runner whose maximum heart rate is <max>
    And a current heart rate of <bpm> beats per minute
    When the training zone is worked out
    Then the runner is in zone <zone>

    Examples:
      | max | bpm | zone |
      | 190 | 152 | 4    |
      | 180 | 161 | 4    |
      | 180 | 108 | 2    |
      | 160 | 150 | 5    |
      | 200 | 159 | 3    |

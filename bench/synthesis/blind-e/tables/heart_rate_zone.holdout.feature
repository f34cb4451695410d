Feature: Heart rate zones
  A runner's maximum heart rate is 220 minus their age. The effort is the heart
  rate as a percentage of that maximum, rounded down to a whole number. Under 60
  percent is "easy", 60 to 69 is "fat burn", 70 to 79 is "aerobic", 80 to 89 is
  "threshold" and 90 or more is "maximum".

  Scenario Outline: effort and training zone
    Given a runner aged <age>
    And a heart rate of <bpm> beats per minute
    When the effort is measured
    Then the effort is <percent> percent
    And the zone is "<zone>"

    Examples:
      | age | bpm | percent | zone      |
      | 25  | 150 | 76      | aerobic   |
      | 35  | 170 | 91      | maximum   |
      | 45  | 100 | 57      | easy      |
      | 28  | 130 | 67      | fat burn  |
      | 55  | 140 | 84      | threshold |
      | 33  | 131 | 70      | aerobic   |

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
      | 30  | 113 | 59      | easy      |
      | 30  | 114 | 60      | fat burn  |
      | 40  | 125 | 69      | fat burn  |
      | 40  | 126 | 70      | aerobic   |
      | 20  | 160 | 80      | threshold |
      | 20  | 179 | 89      | threshold |
      | 20  | 180 | 90      | maximum   |
      | 50  | 85  | 50      | easy      |
      | 60  | 176 | 110     | maximum   |

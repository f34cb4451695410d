Feature: Laps of the track
  How many laps it takes to cover a distance, counting a part lap as a whole one, and
  whether the distance is a whole number of laps.

  Scenario Outline: laps for a distance
    Given a distance of <distance> m
    And a lap of <lap> m
    When the laps are counted
    Then the number of laps is <laps>
    And it is an exact number of laps: <exact>

    Examples:
      | distance | lap | laps | exact |
      | 400      | 400 | 1    | yes   |
      | 1600     | 400 | 4    | yes   |
      | 1599     | 400 | 4    | no    |
      | 1601     | 400 | 5    | no    |
      | 5000     | 400 | 13   | no    |
      | 10000    | 400 | 25   | yes   |
      | 3000     | 250 | 12   | yes   |
      | 3100     | 250 | 13   | no    |
      | 100      | 250 | 1    | no    |

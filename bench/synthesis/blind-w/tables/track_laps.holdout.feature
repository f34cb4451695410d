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
      | 800      | 400 | 2    | yes   |
      | 1500     | 400 | 4    | no    |
      | 2000     | 250 | 8    | yes   |
      | 4200     | 400 | 11   | no    |
      | 750      | 250 | 3    | yes   |
      | 21100    | 400 | 53   | no    |

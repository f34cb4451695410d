Feature: Levels on the flight strip
  From 6000 feet up we write a cleared level as FL and three figures, the
  altitude in hundreds of feet with zeros in front: 6500 feet is FL065. Below
  6000 feet we write the altitude in feet, the way it is read out.

  Scenario Outline: writing a cleared altitude on the strip
    Given a cleared altitude of <feet> feet
    When the level is written on the strip
    Then the strip shows "<strip>"

    Examples:
      | feet  | strip    |
      | 3500  | 3,500 ft |
      | 5900  | 5,900 ft |
      | 6000  | FL060    |
      | 6500  | FL065    |
      | 10000 | FL100    |
      | 24000 | FL240    |
      | 41000 | FL410    |
      | 800   | 800 ft   |
      | 2000  | 2,000 ft |

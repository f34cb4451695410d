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
      | 1500  | 1,500 ft |
      | 500   | 500 ft   |
      | 7000  | FL070    |
      | 9900  | FL099    |
      | 12500 | FL125    |
      | 37000 | FL370    |

Feature: Wallpaper rolls
  Multiply the distance round the room by the wall height to get the wall area. One roll covers
  5 square metres, and only whole rolls are sold.

  Scenario Outline: ordering wallpaper for a room
    Given walls <around> metres round
    And a wall height of <height> metres
    When the wallpaper is ordered
    Then the wall area is <area> square metres
    And the number of rolls is <rolls>

    Examples:
      | around | height | area  | rolls |
      | 10     | 2.5    | 25.00 | 5     |
      | 10     | 2.4    | 24.00 | 5     |
      | 12.5   | 2.4    | 30.00 | 6     |
      | 14.2   | 2.4    | 34.08 | 7     |
      | 16     | 2.5    | 40.00 | 8     |
      | 16.2   | 2.5    | 40.50 | 9     |
      | 4      | 1.2    | 4.80  | 1     |
      | 20.1   | 2.7    | 54.27 | 11    |
      | 9      | 2.3    | 20.70 | 5     |

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
      | 18     | 2.5    | 45.00 | 9     |
      | 11.5   | 2.6    | 29.90 | 6     |
      | 15     | 2.4    | 36.00 | 8     |
      | 22.4   | 2.8    | 62.72 | 13    |
      | 6      | 2.5    | 15.00 | 3     |
      | 13.3   | 2.4    | 31.92 | 7     |

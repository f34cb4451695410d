Feature: Sat nav distance to the next turn
  Under 1 km the distance is shown in metres, to the nearest 50 m. From 1 km it is shown in
  kilometres to one decimal place, and from 10 km in whole kilometres, both to the nearest.

  Scenario Outline: showing the distance
    Given the next turn is <metres> metres away
    When the distance is shown
    Then the screen shows "<shown>"

    Examples:
      | metres | shown  |
      | 120    | 100 m  |
      | 380    | 400 m  |
      | 940    | 950 m  |
      | 1000   | 1.0 km |
      | 1260   | 1.3 km |
      | 4030   | 4.0 km |
      | 9940   | 9.9 km |
      | 10000  | 10 km  |
      | 26700  | 27 km  |

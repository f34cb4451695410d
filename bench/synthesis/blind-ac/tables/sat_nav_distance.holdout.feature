Feature: Sat nav distance to the next turn
  Under 1 km the distance is shown in metres, to the nearest 50 m. From 1 km it is shown in
  kilometres to one decimal place, and from 10 km in whole kilometres, both to the nearest.

  Scenario Outline: showing the distance
    Given the next turn is <metres> metres away
    When the distance is shown
    Then the screen shows "<shown>"

    Examples:
      | metres | shown  |
      | 260    | 250 m  |
      | 710    | 700 m  |
      | 2480   | 2.5 km |
      | 7010   | 7.0 km |
      | 15400  | 15 km  |
      | 48800  | 49 km  |

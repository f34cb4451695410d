Feature: Height in feet and inches
  One inch is 2.54 cm and a foot is 12 inches. The height is rounded to the nearest
  whole inch and shown in feet and inches.

  Scenario Outline: converting a height
    Given a height of <cm> cm
    When it is shown in feet and inches
    Then it reads "<imperial>"

    Examples:
      | cm    | imperial   |
      | 170   | 5 ft 7 in  |
      | 213.4 | 7 ft 0 in  |
      | 121.5 | 4 ft 0 in  |
      | 188   | 6 ft 2 in  |
      | 57    | 1 ft 10 in |
      | 143.5 | 4 ft 8 in  |

Feature: Height in feet and inches
  One inch is 2.54 cm and a foot is 12 inches. The height is rounded to the nearest
  whole inch and shown in feet and inches.

  Scenario Outline: converting a height
    Given a height of <cm> cm
    When it is shown in feet and inches
    Then it reads "<imperial>"

    Examples:
      | cm    | imperial  |
      | 175   | 5 ft 9 in |
      | 152.4 | 5 ft 0 in |
      | 182.8 | 6 ft 0 in |
      | 100   | 3 ft 3 in |
      | 30    | 1 ft 0 in |
      | 160   | 5 ft 3 in |
      | 198   | 6 ft 6 in |
      | 50    | 1 ft 8 in |
      | 165.1 | 5 ft 5 in |

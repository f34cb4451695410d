Feature: Jumper size
  The size goes by the chest: under 90 cm is S, 90 to 99 M, 100 to 109 L, 110 and over XL. Anyone 185 cm or taller goes up one size, but never past XL.

  Scenario Outline: the suggested size
    Given a chest of <chest> cm
    And a height of <height> cm
    When a jumper size is suggested
    Then the size is "<size>"

    Examples:
      | chest | height | size |
      | 80    | 186    | M    |
      | 88    | 150    | S    |
      | 95    | 190    | L    |
      | 105   | 175    | L    |
      | 112   | 200    | XL   |
      | 104   | 185    | XL   |

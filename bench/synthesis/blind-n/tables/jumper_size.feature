Feature: Jumper size
  The size goes by the chest: under 90 cm is S, 90 to 99 M, 100 to 109 L, 110 and over XL. Anyone 185 cm or taller goes up one size, but never past XL.

  Scenario Outline: the suggested size
    Given a chest of <chest> cm
    And a height of <height> cm
    When a jumper size is suggested
    Then the size is "<size>"

    Examples:
      | chest | height | size |
      | 85    | 170    | S    |
      | 89    | 185    | M    |
      | 90    | 184    | M    |
      | 99    | 170    | M    |
      | 99    | 185    | L    |
      | 100   | 160    | L    |
      | 109   | 190    | XL   |
      | 110   | 170    | XL   |
      | 115   | 195    | XL   |

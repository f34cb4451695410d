Feature: Sofa delivery

  Scenario Outline: checking the doorway before delivery
    Given the sofa is <sofa> cm wide
    And the doorway is <door> cm wide
    When the delivery team checks the doorway
    Then they report "<report>"

    Examples:
      | sofa | door | report                   |
      | 90   | 90   | fits exactly             |
      | 95   | 80   | too wide by 15 cm        |
      | 60   | 82   | fits with 22 cm to spare |
      | 81   | 78   | too wide by 3 cm         |
      | 75   | 76   | fits with 1 cm to spare  |
      | 88   | 100  | fits with 12 cm to spare |

Feature: Sofa delivery

  Scenario Outline: checking the doorway before delivery
    Given the sofa is <sofa> cm wide
    And the doorway is <door> cm wide
    When the delivery team checks the doorway
    Then they report "<report>"

    Examples:
      | sofa | door | report                   |
      | 80   | 90   | fits with 10 cm to spare |
      | 85   | 86   | fits with 1 cm to spare  |
      | 86   | 86   | fits exactly             |
      | 92   | 86   | too wide by 6 cm         |
      | 87   | 86   | too wide by 1 cm         |
      | 100  | 76   | too wide by 24 cm        |
      | 70   | 96   | fits with 26 cm to spare |
      | 78   | 81   | fits with 3 cm to spare  |

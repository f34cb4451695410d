Feature: Sunflower contest

  Scenario Outline: the tallest sunflower
    Given Ana's sunflower is <ana> cm
    And Ben's sunflower is <ben> cm
    And Cleo's sunflower is <cleo> cm
    When the sunflowers are measured
    Then the winner is "<winner>"
    And the winner is <lead> cm ahead of the next

    Examples:
      | ana | ben | cleo | winner | lead |
      | 180 | 165 | 172  | Ana    | 8    |
      | 150 | 210 | 199  | Ben    | 11   |
      | 120 | 121 | 240  | Cleo   | 119  |
      | 200 | 190 | 190  | Ana    | 10   |
      | 95  | 140 | 139  | Ben    | 1    |
      | 301 | 300 | 12   | Ana    | 1    |
      | 160 | 160 | 170  | Cleo   | 10   |
      | 88  | 250 | 120  | Ben    | 130  |

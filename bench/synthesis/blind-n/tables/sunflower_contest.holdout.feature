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
      | 210 | 205 | 100  | Ana    | 5    |
      | 90  | 91  | 89   | Ben    | 1    |
      | 175 | 150 | 176  | Cleo   | 1    |
      | 230 | 180 | 200  | Ana    | 30   |
      | 140 | 260 | 200  | Ben    | 60   |
      | 100 | 100 | 180  | Cleo   | 80   |

Feature: Rain gauge average

  Scenario Outline: the weekly rainfall figure
    Given the north gauge shows <north> mm
    And the east gauge shows <east> mm
    And the west gauge shows <west> mm
    When the weekly figure is worked out
    Then the weekly rainfall is <rainfall> mm

    Examples:
      | north | east | west | rainfall |
      | 50    | 10   | 0    | 20       |
      | 5     | 6    | 6    | 6        |
      | 9     | 9    | 9    | 9        |
      | 100   | 0    | 1    | 34       |

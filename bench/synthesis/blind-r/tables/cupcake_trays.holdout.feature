Feature: Cupcake trays

  Scenario Outline: trays for a batch
    Given the number of cupcakes to bake is <cakes>
    When the baking trays are counted
    Then the number of trays is <trays>
    And the number of empty cups is <empty>

    Examples:
      | cakes | trays | empty |
      | 36    | 3     | 0     |
      | 37    | 4     | 11    |
      | 60    | 5     | 0     |
      | 50    | 5     | 10    |
      | 11    | 1     | 1     |
      | 100   | 9     | 8     |

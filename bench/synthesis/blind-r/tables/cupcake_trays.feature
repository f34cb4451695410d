Feature: Cupcake trays

  Scenario Outline: trays for a batch
    Given the number of cupcakes to bake is <cakes>
    When the baking trays are counted
    Then the number of trays is <trays>
    And the number of empty cups is <empty>

    Examples:
      | cakes | trays | empty |
      | 1     | 1     | 11    |
      | 7     | 1     | 5     |
      | 12    | 1     | 0     |
      | 13    | 2     | 11    |
      | 24    | 2     | 0     |
      | 25    | 3     | 11    |
      | 30    | 3     | 6     |
      | 47    | 4     | 1     |
      | 48    | 4     | 0     |

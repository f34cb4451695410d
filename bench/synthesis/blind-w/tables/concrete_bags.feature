Feature: Concrete for a slab
  The slab needs length times width times depth of concrete, counted in whole litres
  rounded up. Each bag makes 10 litres; buy whole bags, never too few.

  Scenario Outline: bags for a slab
    Given a slab <length> cm long and <width> cm wide
    And a depth of <depth> cm
    When the concrete is worked out
    Then the concrete needed in litres is <litres>
    And the number of bags is <bags>

    Examples:
      | length | width | depth | litres | bags |
      | 30     | 30    | 10    | 9      | 1    |
      | 50     | 50    | 5     | 13     | 2    |
      | 60     | 40    | 8     | 20     | 2    |
      | 60     | 40    | 9     | 22     | 3    |
      | 99     | 99    | 10    | 99     | 10   |
      | 100    | 100   | 10    | 100    | 10   |
      | 101    | 100   | 10    | 101    | 11   |
      | 100    | 100   | 11    | 110    | 11   |
      | 200    | 150   | 10    | 300    | 30   |

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
      | 120    | 80    | 10    | 96     | 10   |
      | 45     | 45    | 7     | 15     | 2    |
      | 75     | 75    | 10    | 57     | 6    |
      | 10     | 10    | 10    | 1      | 1    |
      | 180    | 90    | 15    | 243    | 25   |
      | 250    | 100   | 12    | 300    | 30   |

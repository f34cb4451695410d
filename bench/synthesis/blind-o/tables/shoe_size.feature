Feature: Shoe size from foot length
  Measure the foot in centimetres, add 1.5 and multiply by 1.5: that is the European size,
  rounded to the nearest whole size. Sizes below 35 are in the children's range.

  Scenario Outline: finding the size for a foot
    Given a foot <length> cm long
    When the shoe size is worked out
    Then the European size is <size>
    And it is in the children's range: <child>

    Examples:
      | length | size | child |
      | 15.0   | 25   | yes   |
      | 20.0   | 32   | yes   |
      | 21.4   | 34   | yes   |
      | 21.6   | 35   | no    |
      | 22.0   | 35   | no    |
      | 25.0   | 40   | no    |
      | 26.3   | 42   | no    |
      | 27.1   | 43   | no    |
      | 29.0   | 46   | no    |

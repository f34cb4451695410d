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
      | 18.2   | 30   | yes   |
      | 23.4   | 37   | no    |
      | 24.6   | 39   | no    |
      | 28.4   | 45   | no    |
      | 12.8   | 21   | yes   |
      | 21.2   | 34   | yes   |

Feature: Lawn seed order
  New lawns are sown at 35 g of seed per square metre. The seed is shown in kg to one decimal
  place, rounded to the nearest, and it comes in 1 kg boxes, so the boxes are rounded up from
  the exact weight.

  Scenario Outline: seed for a lawn
    Given a lawn <length> m long
    And <width> m wide
    When the seed is worked out
    Then the seed needed is <kg> kg
    And the box count is <boxes>

    Examples:
      | length | width | kg   | boxes |
      | 3      | 3     | 0.3  | 1     |
      | 10     | 10    | 3.5  | 4     |
      | 17     | 6     | 3.6  | 4     |
      | 15     | 8     | 4.2  | 5     |
      | 22     | 13    | 10.0 | 11    |
      | 25     | 16    | 14.0 | 14    |

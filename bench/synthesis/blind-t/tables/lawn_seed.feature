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
      | length | width | kg  | boxes |
      | 5      | 4     | 0.7 | 1     |
      | 6      | 4     | 0.8 | 1     |
      | 7      | 4     | 1.0 | 1     |
      | 8      | 4     | 1.1 | 2     |
      | 9      | 9     | 2.8 | 3     |
      | 13     | 7     | 3.2 | 4     |
      | 12     | 11    | 4.6 | 5     |
      | 20     | 10    | 7.0 | 7     |
      | 67     | 3     | 7.0 | 8     |

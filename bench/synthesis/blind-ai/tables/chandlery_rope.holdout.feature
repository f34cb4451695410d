Feature: Chandlery rope
  Rope is priced by the metre but cut in half metres: the length a customer
  asks for is rounded up to the next half metre before it is priced. A cut
  of 50 metres or more gets 10% off. The price is rounded to the nearest
  penny, and half a penny rounds up.

  Scenario Outline: cutting and pricing rope
    Given a customer asks for <asked> metres of rope
    And the rope costs <rate> a metre
    When the rope is cut and priced
    Then the length cut is <cut> metres
    And the price is <price>

    Examples:
      | asked | rate | cut  | price  |
      | 7.25  | 2.20 | 7.5  | 16.50  |
      | 0.5   | 3.30 | 0.5  | 1.65   |
      | 50    | 0.99 | 50   | 44.55  |
      | 38.05 | 1.15 | 38.5 | 44.28  |
      | 80.2  | 2.65 | 80.5 | 191.99 |
      | 14    | 5.05 | 14   | 70.70  |

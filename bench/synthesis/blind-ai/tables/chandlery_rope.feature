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
      | asked | rate | cut  | price |
      | 3.2   | 1.80 | 3.5  | 6.30  |
      | 4.5   | 2.40 | 4.5  | 10.80 |
      | 0.3   | 3.15 | 0.5  | 1.58  |
      | 12.01 | 0.95 | 12.5 | 11.88 |
      | 49.6  | 1.20 | 50   | 54.00 |
      | 49.5  | 1.20 | 49.5 | 59.40 |
      | 62.3  | 1.65 | 62.5 | 92.81 |
      | 55.1  | 1.45 | 55.5 | 72.43 |
      | 20.7  | 4.10 | 21   | 86.10 |

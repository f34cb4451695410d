Feature: Vinyl lettering for signs
  Cut vinyl letters cost 0.85 each; spaces are free. Any order of 100 letters or more gets 20%
  off the whole order. The smallest charge for an order is 12.00.

  Scenario Outline: pricing the letters for a sign
    Given the sign reads "<wording>"
    And the number of copies is <copies>
    When the lettering order is priced
    Then the letter count is <letters>
    And the order costs <price>

    Examples:
      | wording            | copies | letters | price  |
      | PRIVATE ROAD       | 1      | 11      | 12.00  |
      | DELIVERIES AT REAR | 1      | 16      | 13.60  |
      | STAFF ONLY         | 3      | 27      | 22.95  |
      | GARDEN CENTRE      | 8      | 96      | 81.60  |
      | TOILETS            | 15     | 105     | 71.40  |
      | FRESH EGGS DAILY   | 50     | 700     | 476.00 |

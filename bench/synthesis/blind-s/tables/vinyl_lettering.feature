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
      | wording           | copies | letters | price  |
      | OPEN              | 1      | 4       | 12.00  |
      | WET PAINT         | 1      | 8       | 12.00  |
      | PLEASE SHUT GATE  | 1      | 14      | 12.00  |
      | PLEASE CLOSE GATE | 1      | 15      | 12.75  |
      | KEEP CLEAR        | 2      | 18      | 15.30  |
      | NO BALL GAMES     | 3      | 33      | 28.05  |
      | MIND THE STEP     | 9      | 99      | 84.15  |
      | PULL TO OPEN      | 10     | 100     | 68.00  |
      | FIRE EXIT         | 20     | 160     | 108.80 |

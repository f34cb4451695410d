Feature: Trophy engraving
  Engraving costs 0.45 a letter or figure; spaces are free. Every trophy costs at least
  7.50. Club members get 20% off the final price.

  Scenario Outline: the price of an engraving
    Given the engraving reads "<text>"
    And the customer is a club member: <member>
    When the engraving is priced
    Then the price is <price>

    Examples:
      | text                              | member | price |
      | Player of the Year 2027           | no     | 8.55  |
      | Player of the Year 2027           | yes    | 6.84  |
      | Top Scorer                        | no     | 7.50  |
      | Top Scorer                        | yes    | 6.00  |
      | Most Improved Player              | yes    | 6.48  |
      | Under Twelves League Winners 2028 | no     | 13.05 |
      | Best Newcomer 2026                | no     | 7.50  |
      | Seniors Champion 27               | no     | 7.65  |
      | Volunteer of the Month            | yes    | 6.84  |

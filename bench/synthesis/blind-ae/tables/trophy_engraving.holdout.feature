Feature: Trophy engraving
  Engraving costs 0.45 a letter or figure; spaces are free. Every trophy costs at least
  7.50. Club members get 20% off the final price.

  Scenario Outline: the price of an engraving
    Given the engraving reads "<text>"
    And the customer is a club member: <member>
    When the engraving is priced
    Then the price is <price>

    Examples:
      | text                                 | member | price |
      | Fair Play Award                      | no     | 7.50  |
      | Fastest Lap 2027                     | yes    | 6.00  |
      | Ladies Singles Champion 2029         | yes    | 9.00  |
      | Outstanding Contribution to the Club | yes    | 11.52 |
      | Rookie of the Year 2030              | no     | 8.55  |
      | Runner Up                            | no     | 7.50  |

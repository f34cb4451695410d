Feature: Market stall cash-up

  Scenario Outline: cashing up three sales
    Given a sale of <first> paid by "<first_by>"
    And a sale of <second> paid by "<second_by>"
    And a sale of <third> paid by "<third_by>"
    When the till is cashed up
    Then the cash total is <cash>
    And the card total is <card>

    Examples:
      | first | first_by | second | second_by | third | third_by | cash  | card  |
      | 3.40  | card     | 6.60   | cash      | 1.00  | card     | 6.60  | 4.40  |
      | 15.00 | cash     | 15.00  | cash      | 15.00 | card     | 30.00 | 15.00 |
      | 0.45  | cash     | 0.55   | cash      | 0.60  | cash     | 1.60  | 0.00  |
      | 12.80 | card     | -3.80  | card      | 4.00  | cash     | 4.00  | 9.00  |
      | 7.25  | card     | 2.75   | card      | 1.99  | card     | 0.00  | 11.99 |

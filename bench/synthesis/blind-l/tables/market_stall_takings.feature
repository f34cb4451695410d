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
      | 4.50  | cash     | 12.00  | card      | 3.20  | cash     | 7.70  | 12.00 |
      | 5.00  | card     | 5.00   | card      | 5.00  | card     | 0.00  | 15.00 |
      | 1.10  | cash     | 2.20   | cash      | 3.30  | cash     | 6.60  | 0.00  |
      | 19.99 | card     | 0.01   | cash      | 7.50  | card     | 0.01  | 27.49 |
      | 2.35  | cash     | 2.35   | card      | 2.35  | cash     | 4.70  | 2.35  |
      | 10.00 | card     | 25.50  | cash      | 0.50  | card     | 25.50 | 10.50 |
      | 8.75  | cash     | 8.25   | cash      | 3.00  | card     | 17.00 | 3.00  |
      | 0.99  | card     | 0.99   | card      | 0.99  | card     | 0.00  | 2.97  |
      | 6.00  | cash     | -2.00  | cash      | 5.00  | card     | 4.00  | 5.00  |

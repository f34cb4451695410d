Feature: Currency exchange desk
  Euros are changed at the rate of the day, and the desk keeps a fee of 2
  percent of the foreign amount. What the customer receives is rounded down to
  the cent.

  Scenario Outline: the exchange receipt
    Given <euros> euros are changed into "<currency>"
    And the rate is <rate> per euro
    When the exchange is made
    Then the receipt says "<receipt>"

    Examples:
      | euros | currency | rate   | receipt                  |
      | 250   | USD      | 1.12   | You receive 274.40 USD   |
      | 40    | GBP      | 0.86   | You receive 33.71 GBP    |
      | 500   | CHF      | 0.95   | You receive 465.50 CHF   |
      | 15    | SEK      | 11.2   | You receive 164.64 SEK   |
      | 80    | JPY      | 160.25 | You receive 12563.60 JPY |
      | 3     | NOK      | 11.5   | You receive 33.81 NOK    |

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
      | euros | currency | rate  | receipt                  |
      | 100   | USD      | 1.10  | You receive 107.80 USD   |
      | 50    | GBP      | 0.85  | You receive 41.65 GBP    |
      | 200   | CHF      | 0.94  | You receive 184.24 CHF   |
      | 75    | USD      | 1.08  | You receive 79.38 USD    |
      | 333   | JPY      | 162.5 | You receive 53030.25 JPY |
      | 10    | SEK      | 11.37 | You receive 111.42 SEK   |
      | 1     | USD      | 1.10  | You receive 1.07 USD     |
      | 120   | NOK      | 11.79 | You receive 1386.50 NOK  |

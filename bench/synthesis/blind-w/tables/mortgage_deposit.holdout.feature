Feature: Mortgage deposit
  The deposit is shown as a share of the price, to the nearest whole percent with halves
  going up, and the rest of the price is borrowed.

  Scenario Outline: deposit share and loan
    Given a house priced at <price> pounds
    And a deposit of <deposit> pounds
    When the mortgage is sized
    Then the deposit is "<share>" of the price
    And the loan is <loan> pounds

    Examples:
      | price  | deposit | share | loan   |
      | 400000 | 50000   | 13%   | 350000 |
      | 250000 | 1000    | 0%    | 249000 |
      | 180000 | 27000   | 15%   | 153000 |
      | 320000 | 100000  | 31%   | 220000 |
      | 90000  | 90000   | 100%  | 0      |
      | 500000 | 7500    | 2%    | 492500 |

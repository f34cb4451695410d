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
      | 200000 | 20000   | 10%   | 180000 |
      | 200000 | 21000   | 11%   | 179000 |
      | 200000 | 20900   | 10%   | 179100 |
      | 150000 | 0       | 0%    | 150000 |
      | 150000 | 150000  | 100%  | 0      |
      | 300000 | 1000    | 0%    | 299000 |
      | 300000 | 1500    | 1%    | 298500 |
      | 240000 | 60000   | 25%   | 180000 |
      | 175000 | 38000   | 22%   | 137000 |

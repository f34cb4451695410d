Feature: Bookmaker odds
  Odds are written as a fraction: "5/2" pays 5 for every 2 staked, and "evens" is the same as
  "1/1". A winning bet returns the winnings plus the stake, rounded down to the penny.

  Scenario Outline: what a winning bet returns
    Given a stake of <stake> at odds of "<odds>"
    When the bet wins
    Then the bet returns <returns>

    Examples:
      | stake | odds   | returns |
      | 10.00 | 5/2    | 35.00   |
      | 10.00 | evens  | 20.00   |
      | 4.00  | 2/1    | 12.00   |
      | 5.00  | 4/6    | 8.33    |
      | 2.50  | 11/4   | 9.37    |
      | 20.00 | 1/3    | 26.66   |
      | 3.00  | 7/2    | 13.50   |
      | 1.50  | 9/4    | 4.87    |
      | 7.00  | 100/30 | 30.33   |

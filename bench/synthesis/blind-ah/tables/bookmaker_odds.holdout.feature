Feature: Bookmaker odds
  Odds are written as a fraction: "5/2" pays 5 for every 2 staked, and "evens" is the same as
  "1/1". A winning bet returns the winnings plus the stake, rounded down to the penny.

  Scenario Outline: what a winning bet returns
    Given a stake of <stake> at odds of "<odds>"
    When the bet wins
    Then the bet returns <returns>

    Examples:
      | stake | odds  | returns |
      | 6.00  | 5/4   | 13.50   |
      | 12.50 | evens | 25.00   |
      | 2.00  | 13/8  | 5.25    |
      | 9.00  | 8/11  | 15.54   |
      | 1.00  | 6/1   | 7.00    |
      | 15.00 | 2/7   | 19.28   |

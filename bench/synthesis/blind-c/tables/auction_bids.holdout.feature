Feature: Two-bidder auction
  The higher bid wins; when both bids are equal Ana wins because she bid
  first. The winner pays the losing bid plus 5, but never more than their own
  bid and never less than the reserve price. When the winning bid is below the
  reserve price nothing is sold: the winner is "nobody" and the price is 0.

  Scenario Outline: closing an auction
    Given a reserve price of <reserve>
    And Ana bids <ana>
    And Ben bids <ben>
    When the auction closes
    Then the winner is "<winner>"
    And the price paid is <price>

    Examples:
      | reserve | ana | ben | winner | price |
      | 30      | 45  | 72  | Ben    | 50    |
      | 200     | 199 | 199 | nobody | 0     |
      | 10      | 33  | 31  | Ana    | 33    |
      | 60      | 61  | 20  | Ana    | 60    |
      | 60      | 60  | 10  | Ana    | 60    |
      | 60      | 40  | 70  | Ben    | 60    |

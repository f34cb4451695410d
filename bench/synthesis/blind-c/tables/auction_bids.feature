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
      | 50      | 80  | 60  | Ana    | 65    |
      | 50      | 70  | 100 | Ben    | 75    |
      | 50      | 90  | 88  | Ana    | 90    |
      | 100     | 120 | 40  | Ana    | 100   |
      | 100     | 95  | 60  | nobody | 0     |
      | 20      | 50  | 50  | Ana    | 50    |
      | 0       | 10  | 0   | Ana    | 5     |

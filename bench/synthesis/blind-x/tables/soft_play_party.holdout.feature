Feature: Soft play party
  Parties are priced per child: 12.50 each, or 10.00 each from 15 children, or 8.50
  each from 25 children. The party room is 35.00 on top, free from 20 children.

  Scenario Outline: pricing a party booking
    Given the party is for <children> children
    And the party room is wanted: <room>
    When the booking is priced
    Then the price per child is <each>
    And the total to pay is <total>

    Examples:
      | children | room | each  | total  |
      | 6        | no   | 12.50 | 75.00  |
      | 12       | yes  | 12.50 | 185.00 |
      | 17       | no   | 10.00 | 170.00 |
      | 22       | yes  | 10.00 | 220.00 |
      | 40       | yes  | 8.50  | 340.00 |
      | 26       | no   | 8.50  | 221.00 |

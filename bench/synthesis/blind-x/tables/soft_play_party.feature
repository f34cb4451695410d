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
      | 8        | yes  | 12.50 | 135.00 |
      | 14       | yes  | 12.50 | 210.00 |
      | 15       | yes  | 10.00 | 185.00 |
      | 19       | yes  | 10.00 | 225.00 |
      | 20       | yes  | 10.00 | 200.00 |
      | 24       | no   | 10.00 | 240.00 |
      | 25       | yes  | 8.50  | 212.50 |
      | 30       | no   | 8.50  | 255.00 |
      | 10       | no   | 12.50 | 125.00 |

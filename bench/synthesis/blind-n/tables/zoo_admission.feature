Feature: Zoo admission
  Children under 3 go free; ages 3 to 15 pay 8.00, 16 to 64 pay 14.50, and 65 and over pay 10.00.

  Scenario Outline: the ticket for one visitor
    Given a visitor aged <age>
    When the ticket is sold
    Then the ticket is "<ticket>"
    And the price is <price>

    Examples:
      | age | ticket | price |
      | 0   | free   | 0.00  |
      | 2   | free   | 0.00  |
      | 3   | child  | 8.00  |
      | 15  | child  | 8.00  |
      | 16  | adult  | 14.50 |
      | 40  | adult  | 14.50 |
      | 64  | adult  | 14.50 |
      | 65  | senior | 10.00 |
      | 88  | senior | 10.00 |

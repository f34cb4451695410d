Feature: Zoo admission
  Children under 3 go free; ages 3 to 15 pay 8.00, 16 to 64 pay 14.50, and 65 and over pay 10.00.

  Scenario Outline: the ticket for one visitor
    Given a visitor aged <age>
    When the ticket is sold
    Then the ticket is "<ticket>"
    And the price is <price>

    Examples:
      | age | ticket | price |
      | 1   | free   | 0.00  |
      | 9   | child  | 8.00  |
      | 12  | child  | 8.00  |
      | 30  | adult  | 14.50 |
      | 70  | senior | 10.00 |
      | 101 | senior | 10.00 |

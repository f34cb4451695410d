Feature: Cinema tickets

  Scenario Outline: ticket price
    Given a visitor aged <age>
    And the day is "<day>"
    When a ticket is bought
    Then the ticket costs <price> euros

    Examples:
      | age | day       | price |
      | 30  | Monday    | 9.50  |
      | 11  | Monday    | 4.50  |
      | 12  | Saturday  | 9.50  |
      | 64  | Friday    | 9.50  |
      | 65  | Sunday    | 6.00  |
      | 30  | Tuesday   | 5.00  |
      | 70  | Tuesday   | 5.00  |
      | 8   | Tuesday   | 4.50  |
      | 40  | Wednesday | 9.50  |

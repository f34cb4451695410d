Feature: Cinema tickets

  Scenario Outline: ticket price
    Given a visitor aged <age>
    And the day is "<day>"
    When a ticket is bought
    Then the ticket costs <price> euros

    Examples:
      | age | day      | price |
      | 5   | Saturday | 4.50  |
      | 80  | Monday   | 6.00  |
      | 12  | Tuesday  | 5.00  |
      | 64  | Tuesday  | 5.00  |
      | 25  | Thursday | 9.50  |
      | 65  | Tuesday  | 5.00  |

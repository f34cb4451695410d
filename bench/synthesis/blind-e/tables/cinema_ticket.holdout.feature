Feature: Cinema ticket prices
  Children under 12 pay 6.00 euros and people aged 65 or over pay 7.50 euros.
  Everyone else pays 11.00 euros, or 8.50 euros with a student card. On Tuesdays
  every ticket is 2.00 euros cheaper.

  Scenario Outline: price of one ticket
    Given a visitor aged <age>
    And the visitor has a student card: <student>
    And the day is "<day>"
    When the ticket is bought
    Then the ticket costs <price> euros

    Examples:
      | age | student | day       | price |
      | 40  | no      | Wednesday | 11.00 |
      | 21  | yes     | Tuesday   | 6.50  |
      | 6   | no      | Sunday    | 6.00  |
      | 80  | no      | Thursday  | 7.50  |
      | 35  | yes     | Friday    | 8.50  |
      | 67  | no      | Tuesday   | 5.50  |

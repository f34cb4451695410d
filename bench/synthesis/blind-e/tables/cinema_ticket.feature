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
      | age | student | day      | price |
      | 8   | no      | Friday   | 6.00  |
      | 11  | no      | Saturday | 6.00  |
      | 12  | no      | Saturday | 11.00 |
      | 19  | yes     | Monday   | 8.50  |
      | 30  | no      | Tuesday  | 9.00  |
      | 64  | no      | Sunday   | 11.00 |
      | 65  | no      | Sunday   | 7.50  |
      | 70  | yes     | Tuesday  | 5.50  |
      | 9   | no      | Tuesday  | 4.00  |

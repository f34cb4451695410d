Feature: Currency exchange desk
  Foreign cash is changed into euros at the day's fixed rate for each currency, rounded to the cent.

  Scenario Outline: changing cash into euros
    Given a traveller hands over <amount> <currency>
    When the cash is exchanged
    Then the traveller receives <euros> euros

    Examples:
      | amount | currency | euros |
      | 1000   | CHF      | 1050  |
      | 30     | USD      | 27.6  |
      | 250    | GBP      | 292.5 |
      | 5      | USD      | 4.6   |
      | 15     | GBP      | 17.55 |

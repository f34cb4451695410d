Feature: Currency exchange desk
  Foreign cash is changed into euros at the day's fixed rate for each currency, rounded to the cent.

  Scenario Outline: changing cash into euros
    Given a traveller hands over <amount> <currency>
    When the cash is exchanged
    Then the traveller receives <euros> euros

    Examples:
      | amount | currency | euros |
      | 100    | USD      | 92    |
      | 50     | GBP      | 58.5  |
      | 10     | CHF      | 10.5  |
      | 200    | USD      | 184   |
      | 20     | GBP      | 23.4  |
      | 40     | CHF      | 42    |

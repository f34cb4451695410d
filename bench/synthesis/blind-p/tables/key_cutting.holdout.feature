Feature: Key cutting

  Scenario Outline: copying a key
    Given a <kind> key is brought in
    And the customer wants <copies> cut from it
    When the copies are priced
    Then the customer pays <price>

    Examples:
      | copies | kind     | price  |
      | 4      | standard | 18.50  |
      | 7      | standard | 30.50  |
      | 12     | standard | 50.50  |
      | 3      | security | 39.00  |
      | 5      | security | 63.00  |
      | 10     | security | 123.00 |

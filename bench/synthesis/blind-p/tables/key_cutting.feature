Feature: Key cutting

  Scenario Outline: copying a key
    Given a <kind> key is brought in
    And the customer wants <copies> cut from it
    When the copies are priced
    Then the customer pays <price>

    Examples:
      | copies | kind     | price |
      | 1      | standard | 6.50  |
      | 2      | standard | 10.50 |
      | 3      | standard | 14.50 |
      | 10     | standard | 42.50 |
      | 1      | security | 15.00 |
      | 2      | security | 27.00 |
      | 4      | security | 51.00 |
      | 7      | security | 87.00 |

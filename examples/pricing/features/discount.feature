Feature: Loyalty discount
  Members pay less the longer they stay with us.

  Scenario Outline: price for a member
    Given a "<tier>" member buying goods worth <amount>
    When the member price is computed
    Then the member pays <price>

    Examples:
      | tier   | amount | price |
      | bronze | 100    | 100   |
      | silver | 100    | 95    |
      | gold   | 100    | 85    |
      | bronze | 40     | 40    |
      | silver | 40     | 38    |
      | gold   | 40     | 34    |

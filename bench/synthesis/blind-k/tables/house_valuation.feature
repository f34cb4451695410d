Feature: Asking price from valuations

  Scenario Outline: setting the asking price
    Given the first agent values the house at <first>
    And the second agent values it at <second>
    And the third agent values it at <third>
    When the asking price is set
    Then the asking price is <asking>
    And the valuations are <spread> apart

    Examples:
      | first  | second | third  | asking | spread |
      | 300000 | 320000 | 350000 | 320000 | 50000  |
      | 350000 | 300000 | 320000 | 320000 | 50000  |
      | 410000 | 395000 | 400000 | 400000 | 15000  |
      | 250000 | 250000 | 275000 | 250000 | 25000  |
      | 180000 | 240000 | 240000 | 240000 | 60000  |
      | 525000 | 525000 | 525000 | 525000 | 0      |
      | 199000 | 185000 | 230000 | 199000 | 45000  |
      | 612000 | 640000 | 598000 | 612000 | 42000  |

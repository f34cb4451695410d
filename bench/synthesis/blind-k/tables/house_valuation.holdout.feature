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
      | 330000 | 310000 | 345000 | 330000 | 35000  |
      | 450000 | 450000 | 440000 | 450000 | 10000  |
      | 275000 | 290000 | 260000 | 275000 | 30000  |
      | 720000 | 700000 | 735000 | 720000 | 35000  |
      | 158000 | 162500 | 175000 | 162500 | 17000  |

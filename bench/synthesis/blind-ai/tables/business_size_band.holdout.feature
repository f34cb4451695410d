Feature: Business size band
  A business takes the smallest size band whose two limits it meets. A
  "micro" business has fewer than 10 staff and a turnover of up to 2
  million, a "small" one fewer than 50 staff and up to 10 million, and a
  "medium" one fewer than 250 staff and up to 50 million. Any other
  business is "large".

  Scenario Outline: sizing a business
    Given the business has <staff> staff
    And a yearly turnover of <turnover> million
    When the business is sized
    Then the size band is "<band>"

    Examples:
      | staff | turnover | band   |
      | 3     | 0.4      | micro  |
      | 45    | 2.5      | small  |
      | 8     | 12.0     | medium |
      | 180   | 9.0      | medium |
      | 600   | 75.0     | large  |
      | 20    | 60.0     | large  |

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
      | 9     | 2.0      | micro  |
      | 10    | 0.5      | small  |
      | 9     | 2.1      | small  |
      | 49    | 10.0     | small  |
      | 50    | 3.0      | medium |
      | 12    | 10.5     | medium |
      | 249   | 50.0     | medium |
      | 250   | 1.0      | large  |
      | 30    | 50.1     | large  |

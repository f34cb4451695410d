Feature: Gymnastics judging

  Scenario Outline: score from three judges
    Given the judges give <first>, <second> and <third>
    When the score is settled
    Then the score is <score>
    And the spread is <spread>

    Examples:
      | first | second | third | score | spread |
      | 8.5   | 9.0    | 8.7   | 8.7   | 0.5    |
      | 9.0   | 9.0    | 9.0   | 9.0   | 0.0    |
      | 7.0   | 9.5    | 8.0   | 8.0   | 2.5    |
      | 6.5   | 6.0    | 6.2   | 6.2   | 0.5    |
      | 10.0  | 9.8    | 9.9   | 9.9   | 0.2    |
      | 5.5   | 5.5    | 8.0   | 5.5   | 2.5    |
      | 8.0   | 7.5    | 7.5   | 7.5   | 0.5    |
      | 9.2   | 8.8    | 9.6   | 9.2   | 0.8    |

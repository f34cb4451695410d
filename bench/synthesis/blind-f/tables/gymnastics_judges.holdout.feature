Feature: Gymnastics judging

  Scenario Outline: score from three judges
    Given the judges give <first>, <second> and <third>
    When the score is settled
    Then the score is <score>
    And the spread is <spread>

    Examples:
      | first | second | third | score | spread |
      | 7.7   | 8.1    | 7.9   | 7.9   | 0.4    |
      | 9.5   | 6.0    | 9.5   | 9.5   | 3.5    |
      | 4.0   | 5.0    | 6.0   | 5.0   | 2.0    |
      | 8.3   | 8.3    | 8.4   | 8.3   | 0.1    |
      | 9.9   | 10.0   | 9.7   | 9.9   | 0.3    |

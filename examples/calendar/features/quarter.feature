Feature: Quarters
  Months 1-3 are the first quarter, 4-6 the second, and so on.

  Scenario Outline: the quarter of a month
    Given the month <month>
    When its quarter is found
    Then the quarter is <quarter>

    Examples:
      | month | quarter |
      | 1     | 1       |
      | 3     | 1       |
      | 4     | 2       |
      | 6     | 2       |
      | 7     | 3       |
      | 11    | 4       |
      | 12    | 4       |

Feature: Babysitting pay

  Scenario Outline: paying for an evening
    Given the hourly rate is <rate>
    And the sitter stayed <minutes> minutes
    When the evening is paid
    Then the sitter gets <pay>

    Examples:
      | rate  | minutes | pay   |
      | 12.00 | 60      | 12.00 |
      | 12.00 | 90      | 18.00 |
      | 12.00 | 200     | 40.00 |
      | 13.50 | 45      | 10.13 |
      | 12.50 | 50      | 10.42 |
      | 15.00 | 137     | 34.25 |
      | 11.40 | 25      | 4.75  |
      | 14.20 | 95      | 22.48 |
      | 16.80 | 10      | 2.80  |

Feature: Babysitting pay

  Scenario Outline: paying for an evening
    Given the hourly rate is <rate>
    And the sitter stayed <minutes> minutes
    When the evening is paid
    Then the sitter gets <pay>

    Examples:
      | rate  | minutes | pay   |
      | 10.50 | 80      | 14.00 |
      | 13.20 | 35      | 7.70  |
      | 12.30 | 25      | 5.13  |
      | 18.00 | 333     | 99.90 |
      | 11.75 | 70      | 13.71 |
      | 14.40 | 155     | 37.20 |

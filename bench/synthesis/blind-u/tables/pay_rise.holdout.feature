Feature: Pay rise

  Scenario Outline: the rise in the hourly rate
    Given last year's hourly rate was <old>
    And this year's hourly rate is <new>
    When the pay rise is worked out
    Then the rise is "<rise>"

    Examples:
      | old   | new   | rise   |
      | 10.00 | 10.90 | 9.0%   |
      | 11.44 | 12.21 | 6.7%   |
      | 8.60  | 9.00  | 4.7%   |
      | 14.30 | 14.30 | 0.0%   |
      | 12.50 | 13.00 | 4.0%   |
      | 10.40 | 31.20 | 200.0% |

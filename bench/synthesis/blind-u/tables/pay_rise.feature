Feature: Pay rise

  Scenario Outline: the rise in the hourly rate
    Given last year's hourly rate was <old>
    And this year's hourly rate is <new>
    When the pay rise is worked out
    Then the rise is "<rise>"

    Examples:
      | old   | new   | rise   |
      | 10.00 | 10.40 | 4.0%   |
      | 12.00 | 12.00 | 0.0%   |
      | 11.20 | 11.60 | 3.6%   |
      | 10.50 | 11.25 | 7.1%   |
      | 12.00 | 12.05 | 0.4%   |
      | 9.50  | 19.00 | 100.0% |
      | 13.75 | 14.11 | 2.6%   |
      | 15.00 | 15.01 | 0.1%   |
      | 40.00 | 40.01 | 0.0%   |

Feature: Gym memberships
  Each plan has its own monthly price; paying up front costs the monthly price times the number of months.

  Scenario Outline: paying up front
    Given a <plan> membership
    And the member pays for <months> months up front
    When the membership is priced
    Then the member pays <total>

    Examples:
      | plan     | months | total |
      | student  | 1      | 15    |
      | standard | 1      | 30    |
      | family   | 2      | 110   |
      | senior   | 3      | 60    |
      | standard | 12     | 360   |
      | student  | 6      | 90    |

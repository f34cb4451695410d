Feature: Gym memberships
  Each plan has its own monthly price; paying up front costs the monthly price times the number of months.

  Scenario Outline: paying up front
    Given a <plan> membership
    And the member pays for <months> months up front
    When the membership is priced
    Then the member pays <total>

    Examples:
      | plan    | months | total |
      | family  | 12     | 660   |
      | senior  | 1      | 20    |
      | student | 10     | 150   |
      | family  | 1      | 55    |
      | senior  | 6      | 120   |

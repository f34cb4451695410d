Feature: Allotment harvest totals

  Scenario Outline: totalling the season
    Given the harvest log reads "<log>"
    When the season is totalled
    Then the beans total is <beans> kg
    And the tomatoes total is <tomatoes> kg

    Examples:
      | log                                        | beans | tomatoes |
      | beans 3.0, tomatoes 0.4                    | 3.0   | 0.4      |
      | tomatoes 0.7, tomatoes 0.1, courgettes 2.0 | 0.0   | 0.8      |
      | beans 1.1, beans 1.1, beans 1.1            | 3.3   | 0.0      |
      | courgettes 1.2, beans 0.6                  | 0.6   | 0.0      |
      | tomatoes 4.5, beans 2.3, tomatoes 1.2      | 2.3   | 5.7      |

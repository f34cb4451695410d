Feature: Allotment harvest totals

  Scenario Outline: totalling the season
    Given the harvest log reads "<log>"
    When the season is totalled
    Then the beans total is <beans> kg
    And the tomatoes total is <tomatoes> kg

    Examples:
      | log                                              | beans | tomatoes |
      | beans 1.2, tomatoes 2.5, beans 0.8               | 2.0   | 2.5      |
      | tomatoes 3.1                                     | 0.0   | 3.1      |
      | beans 0.5                                        | 0.5   | 0.0      |
      | tomatoes 1.4, tomatoes 1.6, tomatoes 0.7         | 0.0   | 3.7      |
      | beans 2.2, courgettes 4.0, tomatoes 1.0          | 2.2   | 1.0      |
      | beans 0.1, beans 0.2                             | 0.3   | 0.0      |
      | courgettes 5.5                                   | 0.0   | 0.0      |
      | tomatoes 0.9, beans 1.1, tomatoes 0.6, beans 0.4 | 1.5   | 1.5      |

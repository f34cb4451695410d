Feature: Fence panels
  Panels are 1.8 metres wide and a part panel counts as a whole one; every panel needs a post at each end.

  Scenario Outline: panels and posts for a fence
    Given a fence <length> metres long
    When the fence is planned
    Then the panels needed are <panels>
    And the posts needed are <posts>

    Examples:
      | length | panels | posts |
      | 0.5    | 1      | 2     |
      | 1.8    | 1      | 2     |
      | 3.6    | 2      | 3     |
      | 3.7    | 3      | 4     |
      | 5.4    | 3      | 4     |
      | 9      | 5      | 6     |
      | 10     | 6      | 7     |
      | 18     | 10     | 11    |

Feature: Fence panels
  Panels are 1.8 metres wide and a part panel counts as a whole one; every panel needs a post at each end.

  Scenario Outline: panels and posts for a fence
    Given a fence <length> metres long
    When the fence is planned
    Then the panels needed are <panels>
    And the posts needed are <posts>

    Examples:
      | length | panels | posts |
      | 1.2    | 1      | 2     |
      | 2      | 2      | 3     |
      | 7.2    | 4      | 5     |
      | 7.3    | 5      | 6     |
      | 12.5   | 7      | 8     |
      | 15     | 9      | 10    |

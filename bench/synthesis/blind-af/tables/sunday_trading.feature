Feature: Sunday trading hours
  Shops with a sales floor of up to 280 square metres may open as long as they like on
  any day. Larger shops may open for at most 6 hours on a Sunday and as long as they
  like on other days.

  Scenario Outline: checking a shop opening plan
    Given a shop with a sales floor of <area> square metres
    And the shop plans to open on a "<day>"
    And it plans to stay open for <hours> hours
    When the opening plan is checked
    Then the plan is allowed: <allowed>

    Examples:
      | area | day      | hours | allowed |
      | 280  | Sunday   | 12    | yes     |
      | 281  | Sunday   | 7     | no      |
      | 281  | Sunday   | 6     | yes     |
      | 1500 | Saturday | 14    | yes     |
      | 1500 | Sunday   | 8     | no      |
      | 90   | Sunday   | 24    | yes     |
      | 2000 | Sunday   | 5     | yes     |
      | 400  | Monday   | 24    | yes     |
      | 600  | Sunday   | 10    | no      |

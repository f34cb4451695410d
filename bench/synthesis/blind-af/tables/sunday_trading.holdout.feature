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
      | 150  | Sunday   | 10    | yes     |
      | 350  | Sunday   | 6     | yes     |
      | 350  | Sunday   | 9     | no      |
      | 5000 | Friday   | 16    | yes     |
      | 280  | Saturday | 12    | yes     |
      | 1200 | Sunday   | 7     | no      |

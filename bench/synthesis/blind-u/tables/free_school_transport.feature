Feature: Free transport to school
  A child under 8 gets free transport when the walk to school is 2 miles or more. From 8 the
  walk has to be 3 miles or more, unless the family gets free school meals, when 2 miles is
  enough.

  Scenario Outline: checking for free transport
    Given the child is <age> years old
    And the walk to school is <miles> miles
    And the family gets free school meals: <meals>
    When free transport is checked
    Then free transport is given: <free>

    Examples:
      | age | miles | meals | free |
      | 7   | 2.0   | no    | yes  |
      | 7   | 1.9   | no    | no   |
      | 8   | 2.0   | no    | no   |
      | 8   | 2.9   | no    | no   |
      | 8   | 3.0   | no    | yes  |
      | 8   | 2.0   | yes   | yes  |
      | 8   | 1.9   | yes   | no   |
      | 5   | 1.9   | yes   | no   |
      | 14  | 3.4   | no    | yes  |

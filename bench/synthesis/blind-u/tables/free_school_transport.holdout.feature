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
      | 6   | 2.5   | no    | yes  |
      | 11  | 2.5   | no    | no   |
      | 11  | 2.5   | yes   | yes  |
      | 4   | 0.8   | no    | no   |
      | 15  | 3.0   | yes   | yes  |
      | 10  | 1.5   | yes   | no   |

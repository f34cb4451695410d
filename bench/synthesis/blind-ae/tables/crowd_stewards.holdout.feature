Feature: Crowd stewards
  An event needs one steward for every 100 people or part of that, and never fewer than 2.
  It needs one first aider for every 500 people or part of that.

  Scenario Outline: staffing an event
    Given <people> people are expected
    When the staffing is planned
    Then the stewards needed are <stewards>
    And the first aiders needed are <aiders>

    Examples:
      | people | stewards | aiders |
      | 150    | 2        | 1      |
      | 300    | 3        | 1      |
      | 750    | 8        | 2      |
      | 1499   | 15       | 3      |
      | 2500   | 25       | 5      |
      | 99     | 2        | 1      |

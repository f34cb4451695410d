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
      | 50     | 2        | 1      |
      | 100    | 2        | 1      |
      | 201    | 3        | 1      |
      | 250    | 3        | 1      |
      | 500    | 5        | 1      |
      | 501    | 6        | 2      |
      | 1000   | 10       | 2      |
      | 1001   | 11       | 3      |
      | 2499   | 25       | 5      |

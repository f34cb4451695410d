Feature: Fire marshals for an office
  We need one fire marshal for every 20 staff or part of 20. Where the fire risk
  is higher it is one for every 10 or part of 10. Each floor needs its own
  marshal too, so never fewer marshals than floors.

  Scenario Outline: counting the marshals needed
    Given a staff headcount of <staff>
    And the number of floors is <floors>
    And a "<risk>" fire risk
    When the fire marshals are counted
    Then the marshals needed are <marshals>

    Examples:
      | staff | floors | risk   | marshals |
      | 41    | 1      | normal | 3        |
      | 5     | 6      | normal | 6        |
      | 100   | 2      | normal | 5        |
      | 30    | 1      | higher | 3        |
      | 31    | 5      | higher | 5        |
      | 200   | 3      | higher | 20       |

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
      | 20    | 1      | normal | 1        |
      | 21    | 1      | normal | 2        |
      | 60    | 1      | normal | 3        |
      | 61    | 2      | normal | 4        |
      | 15    | 3      | normal | 3        |
      | 10    | 1      | higher | 1        |
      | 11    | 1      | higher | 2        |
      | 95    | 4      | higher | 10       |
      | 140   | 5      | normal | 7        |

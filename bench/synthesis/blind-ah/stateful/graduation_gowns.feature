Feature: Graduation gown hire
  The hire desk has gowns in sizes "S", "M" and "L". Each graduate can have one gown out at a time.
  A gown that is brought back goes on the rail again, and the cleaners deliver more.

  Scenario: hiring and bringing back
    Given the desk starts with 2 gowns in size "M"
    When "Ana" hires a gown in size "M"
    And "Ben" hires a gown in size "M"
    Then the "M" gowns on the rail are 0
    When "Ana" brings a gown back
    Then the "M" gowns on the rail are 1
    And "Ana" has no gown
    And "Ben" has a gown in size "M"

  Scenario: a size runs out
    Given the desk starts with 2 gowns in size "S"
    And the desk starts with 3 gowns in size "L"
    When "Ana" hires a gown in size "S"
    And "Ben" hires a gown in size "S"
    And "Cal" hires a gown in size "S"
    Then the desk says "no S gowns are left"
    And "Cal" has no gown
    When "Cal" hires a gown in size "L"
    Then the "L" gowns on the rail are 2

  Scenario: one gown each
    Given the desk starts with 4 gowns in size "M"
    When "Ana" hires a gown in size "M"
    And "Ana" hires a gown in size "M"
    Then the desk says "Ana already has a gown"
    And the "M" gowns on the rail are 3

  Scenario: a delivery from the cleaners
    Given the desk starts with 2 gowns in size "L"
    When 3 gowns in size "L" arrive from the cleaners
    Then the "L" gowns on the rail are 5
    When "Ana" brings a gown back
    Then the desk says "Ana has no gown out"

  Scenario: a returned gown is hired again
    Given the desk starts with 2 gowns in size "S"
    When "Ana" hires a gown in size "S"
    And "Ben" hires a gown in size "S"
    And "Ana" brings a gown back
    And "Cal" hires a gown in size "S"
    Then the "S" gowns on the rail are 0
    And "Cal" has a gown in size "S"
    When 4 gowns in size "S" arrive from the cleaners
    Then the "S" gowns on the rail are 4

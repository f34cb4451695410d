Feature: Graduation gown hire
  The hire desk has gowns in sizes "S", "M" and "L". Each graduate can have one gown out at a time.
  A gown that is brought back goes on the rail again, and the cleaners deliver more.

  Scenario: hiring again after bringing it back
    Given the desk starts with 3 gowns in size "L"
    When "Ana" hires a gown in size "L"
    And "Ben" hires a gown in size "L"
    And "Ana" brings a gown back
    And "Ana" hires a gown in size "L"
    Then the "L" gowns on the rail are 1
    And "Ana" has a gown in size "L"

  Scenario: waiting for the cleaners
    Given the desk starts with 2 gowns in size "M"
    When "Ana" hires a gown in size "M"
    And "Ben" hires a gown in size "M"
    And "Cal" hires a gown in size "M"
    Then the desk says "no M gowns are left"
    When 2 gowns in size "M" arrive from the cleaners
    And "Cal" hires a gown in size "M"
    Then the "M" gowns on the rail are 1

  Scenario: a second size for the same graduate
    Given the desk starts with 2 gowns in size "S"
    And the desk starts with 2 gowns in size "L"
    When "Ana" hires a gown in size "S"
    And "Ana" hires a gown in size "L"
    Then the desk says "Ana already has a gown"
    And the "L" gowns on the rail are 2
    When "Ben" brings a gown back
    Then the desk says "Ben has no gown out"
    And "Ana" has a gown in size "S"

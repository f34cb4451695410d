Feature: Rounders scorer
  A rounder is worth one and a half rounder is worth a half.

  Scenario: mixing the two
    Given a new innings
    When 2 rounders are scored
    And a half rounder is scored
    And 4 half rounders are scored
    Then the score is 4.5

  Scenario: starting with a half
    Given a new innings
    When a half rounder is scored
    Then the score is 0.5
    When a rounder is scored
    And a rounder is scored
    Then the score is 2.5

  Scenario: a record innings
    Given a new innings
    When 10 rounders are scored
    And 6 half rounders are scored
    Then the score is 13

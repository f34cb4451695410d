Feature: Rounders scorer
  A rounder is worth one and a half rounder is worth a half.

  Scenario: a rounder and a half
    Given a new innings
    When a rounder is scored
    And a half rounder is scored
    Then the score is 1.5

  Scenario: several at once
    Given a new innings
    When 3 rounders are scored
    And 2 half rounders are scored
    Then the score is 4

  Scenario: halves add up
    Given a new innings
    When a half rounder is scored
    And a half rounder is scored
    And a half rounder is scored
    Then the score is 1.5
    When a rounder is scored
    Then the score is 2.5

  Scenario: a big innings
    Given a new innings
    When 5 rounders are scored
    And 3 half rounders are scored
    And a rounder is scored
    Then the score is 7.5

Feature: Meditation streak

  Scenario: three mornings in a row
    Given Mina has not meditated yet
    When Mina meditates on "2026-03-01"
    And Mina meditates on "2026-03-02"
    And Mina meditates on "2026-03-03"
    Then Mina's streak is 3 days

  Scenario: a missed day
    Given Mina has not meditated yet
    When Mina meditates on "2026-03-01"
    And Mina meditates on "2026-03-02"
    And Mina meditates on "2026-03-04"
    Then Mina's streak is 1 day
    And Mina's best streak is 2 days

  Scenario: twice on the same day
    Given Joe has not meditated yet
    When Joe meditates on "2026-03-01"
    And Joe meditates on "2026-03-01"
    Then Joe's streak is 1 day

  Scenario: across the end of a month
    Given Joe has not meditated yet
    When Joe meditates on "2026-03-30"
    And Joe meditates on "2026-03-31"
    And Joe meditates on "2026-04-01"
    Then Joe's streak is 3 days
    And Joe's best streak is 3 days

  Scenario: starting again after a break
    Given Mina has not meditated yet
    When Mina meditates on "2026-01-10"
    And Mina meditates on "2026-01-11"
    And Mina meditates on "2026-01-12"
    And Mina meditates on "2026-01-15"
    And Mina meditates on "2026-01-16"
    Then Mina's streak is 2 days
    And Mina's best streak is 3 days

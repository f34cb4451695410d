Feature: Meditation streak

  Scenario: over the new year
    Given Ravi has not meditated yet
    When Ravi meditates on "2026-12-31"
    And Ravi meditates on "2027-01-01"
    And Ravi meditates on "2027-01-01"
    And Ravi meditates on "2027-01-02"
    Then Ravi's streak is 3 days
    And Ravi's best streak is 3 days

  Scenario: the end of February
    Given Mina has not meditated yet
    When Mina meditates on "2026-02-27"
    And Mina meditates on "2026-02-28"
    And Mina meditates on "2026-03-01"
    Then Mina's streak is 3 days
    When Mina meditates on "2026-03-03"
    Then Mina's streak is 1 day
    And Mina's best streak is 3 days

  Scenario: a new best
    Given Joe has not meditated yet
    When Joe meditates on "2026-05-05"
    And Joe meditates on "2026-05-07"
    And Joe meditates on "2026-05-08"
    And Joe meditates on "2026-05-09"
    And Joe meditates on "2026-05-10"
    Then Joe's streak is 4 days
    And Joe's best streak is 4 days

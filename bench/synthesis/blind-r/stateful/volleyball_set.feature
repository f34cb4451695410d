Feature: Volleyball set
  A set goes to the first team to reach 25 points with a lead of at least 2. From 24-24
  play goes on until one team leads by 2. Once the set is won no more rallies count.

  Scenario: a plain win
    Given the score is Home 23, Away 18
    When Home wins a rally
    Then the scoreboard reads "Home 24 Away 18"
    And the set is still on
    When Home wins a rally
    Then the set goes to Home

  Scenario: past 24 all
    Given the score is Home 24, Away 23
    When Away wins a rally
    Then the scoreboard reads "Home 24 Away 24"
    When Away wins a rally
    Then the scoreboard reads "Home 24 Away 25"
    And the set is still on
    When Home wins 3 rallies in a row
    Then the scoreboard reads "Home 27 Away 25"
    And the set goes to Home

  Scenario: after the set
    Given the score is Home 20, Away 24
    When Away wins a rally
    Then the set goes to Away
    When Home wins a rally
    Then the referee says "the set is over"
    When Away wins 2 rallies in a row
    Then the referee says "the set is over"
    And the scoreboard reads "Home 20 Away 25"

  Scenario: runs of points
    Given the score is Home 10, Away 12
    When Home wins 5 rallies in a row
    Then the scoreboard reads "Home 15 Away 12"
    When Away wins 4 rallies in a row
    Then the scoreboard reads "Home 15 Away 16"
    And the set is still on

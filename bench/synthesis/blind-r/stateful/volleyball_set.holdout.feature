Feature: Volleyball set
  A set goes to the first team to reach 25 points with a lead of at least 2. From 24-24
  play goes on until one team leads by 2. Once the set is won no more rallies count.

  Scenario: a comeback that falls short
    Given the score is Home 18, Away 22
    When Away wins 2 rallies in a row
    Then the scoreboard reads "Home 18 Away 24"
    And the set is still on
    When Home wins a rally
    And Away wins a rally
    Then the set goes to Away
    And the scoreboard reads "Home 19 Away 25"

  Scenario: a long deuce
    Given the score is Home 25, Away 25
    When Home wins a rally
    And Away wins a rally
    And Away wins a rally
    Then the scoreboard reads "Home 26 Away 27"
    And the set is still on
    When Away wins a rally
    Then the set goes to Away
    When Home wins 2 rallies in a row
    Then the referee says "the set is over"

  Scenario: the start of a set
    Given the score is Home 0, Away 0
    When Home wins 6 rallies in a row
    And Away wins 3 rallies in a row
    And Home wins a rally
    Then the scoreboard reads "Home 7 Away 3"
    And the set is still on

Feature: Cricket scorebook
  Six legal balls make an over. A wide adds one run and does not count as a ball. After 10
  wickets the side is all out.

  Scenario: the first over
    Given a new innings
    When the batter scores 4
    And a dot ball is bowled
    And the batter scores 1
    And the batter scores 2
    And a dot ball is bowled
    And a dot ball is bowled
    Then the score is 7 for 0
    And the overs read "1.0"
    When the batter scores 6
    Then the score is 13 for 0
    And the overs read "1.1"

  Scenario: wides
    Given a new innings
    When a wide is bowled
    And the batter scores 2
    And a wide is bowled
    Then the score is 4 for 0
    And the overs read "0.1"

  Scenario: a wicket ends the over
    Given the score is 45 for 3 with the overs at "8.5"
    When a wicket falls
    Then the score is 45 for 4
    And the overs read "9.0"
    When the batter scores 3
    And a wide is bowled
    Then the score is 49 for 4
    And the overs read "9.1"

  Scenario: all out
    Given the score is 98 for 9 with the overs at "20.2"
    When the batter scores 1
    And a wicket falls
    Then the score is 99 for 10
    And the overs read "20.4"
    When the batter scores 4
    Then the umpire says "the side is all out"
    When a wide is bowled
    Then the umpire says "the side is all out"
    And the score is 99 for 10
    And the overs read "20.4"

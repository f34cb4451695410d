Feature: Cricket scorebook
  Six legal balls make an over. A wide adds one run and does not count as a ball. After 10
  wickets the side is all out.

  Scenario: singles and wides
    Given a new innings
    When the batter scores 1
    And the batter scores 1
    And a wide is bowled
    And a wide is bowled
    And a dot ball is bowled
    And the batter scores 4
    Then the score is 8 for 0
    And the overs read "0.4"

  Scenario: the end of the thirtieth over
    Given the score is 150 for 6 with the overs at "29.3"
    When a wicket falls
    And the batter scores 2
    And a wide is bowled
    And a dot ball is bowled
    Then the score is 153 for 7
    And the overs read "30.0"

  Scenario: the last wicket
    Given the score is 60 for 9 with the overs at "15.5"
    When a wicket falls
    And a wide is bowled
    Then the umpire says "the side is all out"
    And the score is 60 for 10
    And the overs read "16.0"

Feature: Batting cage
  Each token loads 15 pitches into the machine. The speed can be set from 40 to 80 mph, and a
  batter can only face the pitches that are loaded.

  Scenario: a first round
    Given a card with 3 tokens and the machine set to 50 mph
    When a token is used
    And the speed is set to 65 mph
    And the batter faces 10 pitches
    Then the token count is 2
    And the pitch count is 5
    And the speed is 65 mph

  Scenario: more pitches than are loaded
    Given a card with 2 tokens and the machine set to 45 mph
    When a token is used
    And the batter faces 12 pitches
    And the batter faces 6 pitches
    Then the machine refuses with "there are 3 pitches loaded"
    And the pitch count is 3
    When a token is used
    And the batter faces 6 pitches
    Then the pitch count is 12

  Scenario: changing the speed
    Given a card with 4 tokens and the machine set to 60 mph
    When the speed is set to 85 mph
    Then the machine refuses with "the speed goes from 40 to 80 mph"
    And the speed is 60 mph
    When the speed is set to 80 mph
    Then the speed is 80 mph
    When the speed is set to 35 mph
    Then the machine refuses with "the speed goes from 40 to 80 mph"
    When the speed is set to 40 mph
    Then the speed is 40 mph

  Scenario: running out of tokens
    Given a card with 2 tokens and the machine set to 55 mph
    When a token is used
    And a token is used
    And a token is used
    Then the machine refuses with "the card has no tokens left"
    And the token count is 0
    And the pitch count is 30

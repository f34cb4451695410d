Feature: Batting cage
  Each token loads 15 pitches into the machine. The speed can be set from 40 to 80 mph, and a
  batter can only face the pitches that are loaded.

  Scenario: a long session
    Given a card with 3 tokens and the machine set to 70 mph
    When a token is used
    And the batter faces 15 pitches
    Then the pitch count is 0
    When the batter faces 5 pitches
    Then the machine refuses with "there are 0 pitches loaded"
    When a token is used
    And a token is used
    Then the token count is 0
    And the pitch count is 30

  Scenario: slowing down for a child
    Given a card with 2 tokens and the machine set to 75 mph
    When the speed is set to 30 mph
    Then the machine refuses with "the speed goes from 40 to 80 mph"
    When the speed is set to 45 mph
    And a token is used
    And the batter faces 9 pitches
    Then the speed is 45 mph
    And the pitch count is 6

  Scenario: the last token
    Given a card with 2 tokens and the machine set to 50 mph
    When a token is used
    And a token is used
    And the batter faces 20 pitches
    Then the pitch count is 10
    When a token is used
    Then the machine refuses with "the card has no tokens left"
    And the token count is 0

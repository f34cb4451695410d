Feature: Lives in a platform game

  Scenario: a full start
    Given a player with 5 lives
    When the player finds a heart
    Then the heart is refused with "lives are full"
    When the player is hit
    And the player is hit
    And the player finds a heart
    Then the player has 4 lives
    And the game is over: no

  Scenario: two hits
    Given a player with 2 lives
    When the player is hit
    And the player is hit
    Then the game is over: yes
    When the player finds a heart
    Then the heart is refused with "game over"
    And the player has 0 lives

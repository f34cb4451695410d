Feature: Lives in a platform game

  Scenario: losing a life
    Given a player with 3 lives
    When the player is hit
    Then the player has 2 lives
    And the game is over: no

  Scenario: collecting hearts
    Given a player with 3 lives
    When the player finds a heart
    Then the player has 4 lives
    When the player finds a heart
    Then the player has 5 lives
    When the player finds a heart
    Then the heart is refused with "lives are full"
    And the player has 5 lives

  Scenario: the last life
    Given a player with 1 lives
    When the player is hit
    Then the player has 0 lives
    And the game is over: yes
    When the player finds a heart
    Then the heart is refused with "game over"
    And the player has 0 lives

  Scenario: ups and downs
    Given a player with 2 lives
    When the player is hit
    And the player finds a heart
    And the player is hit
    And the player is hit
    Then the player has 0 lives
    And the game is over: yes

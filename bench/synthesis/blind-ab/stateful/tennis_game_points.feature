Feature: Tennis game score
  Points go love, 15, 30, 40, then the game, with the server's score called first. At 40-40
  it is deuce. The next point gives that player the advantage; if they win the point after
  that they win the game, and if they lose it the score goes back to deuce.

  Scenario: a service game held
    Given a new game with Nadia serving to Ruth
    When Nadia wins the point
    And Nadia wins the point
    And Ruth wins the point
    Then the score is "30-15"
    When Nadia wins the point
    Then the score is "40-15"
    When Nadia wins the point
    Then the score is "game Nadia"

  Scenario: the receiver ahead
    Given a new game with Nadia serving to Ruth
    When Ruth wins the point
    Then the score is "love-15"
    When Nadia wins the point
    Then the score is "15-all"
    When Ruth wins the point
    And Ruth wins the point
    Then the score is "15-40"

  Scenario: deuce and advantage
    Given a new game with Nadia serving to Ruth
    When Nadia wins the point
    And Nadia wins the point
    And Nadia wins the point
    And Ruth wins the point
    And Ruth wins the point
    And Ruth wins the point
    Then the score is "deuce"
    When Nadia wins the point
    Then the score is "advantage Nadia"
    When Ruth wins the point
    Then the score is "deuce"
    When Ruth wins the point
    Then the score is "advantage Ruth"
    When Ruth wins the point
    Then the score is "game Ruth"

  Scenario: a point after the game
    Given a new game with Nadia serving to Ruth
    When Ruth wins the point
    And Ruth wins the point
    And Ruth wins the point
    And Ruth wins the point
    Then the score is "game Ruth"
    When Nadia wins the point
    Then the umpire says "the game is over"
    And the score is "game Ruth"

  Scenario: level at thirty
    Given a new game with Nadia serving to Ruth
    When Nadia wins the point
    And Ruth wins the point
    And Nadia wins the point
    And Ruth wins the point
    Then the score is "30-all"
    When Nadia wins the point
    Then the score is "40-30"
    When Ruth wins the point
    Then the score is "deuce"

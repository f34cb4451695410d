Feature: Tennis game score
  Points go love, 15, 30, 40, then the game, with the server's score called first. At 40-40
  it is deuce. The next point gives that player the advantage; if they win the point after
  that they win the game, and if they lose it the score goes back to deuce.

  Scenario: a break of serve after deuce
    Given a new game with Priya serving to Jen
    When Jen wins the point
    And Jen wins the point
    And Priya wins the point
    Then the score is "15-30"
    When Jen wins the point
    Then the score is "15-40"
    When Priya wins the point
    And Priya wins the point
    Then the score is "deuce"
    When Jen wins the point
    Then the score is "advantage Jen"
    When Jen wins the point
    Then the score is "game Jen"

  Scenario: a love game and one more point
    Given a new game with Nadia serving to Ruth
    When Nadia wins the point
    And Nadia wins the point
    And Nadia wins the point
    And Nadia wins the point
    Then the score is "game Nadia"
    When Ruth wins the point
    Then the umpire says "the game is over"

  Scenario: a long deuce game
    Given a new game with Tom serving to Ali
    When Tom wins the point
    And Ali wins the point
    And Tom wins the point
    And Ali wins the point
    And Tom wins the point
    And Ali wins the point
    Then the score is "deuce"
    When Tom wins the point
    Then the score is "advantage Tom"
    When Ali wins the point
    And Ali wins the point
    Then the score is "advantage Ali"
    When Tom wins the point
    Then the score is "deuce"
    When Tom wins the point
    And Tom wins the point
    Then the score is "game Tom"

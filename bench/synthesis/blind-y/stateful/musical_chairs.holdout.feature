Feature: Musical chairs
  There is always one chair fewer than there are players. When the music stops, the player
  left standing is out and a chair is taken away. The last player in is the winner.

  Scenario: four players to the end
    Given Zoe is playing
    And Max is playing
    And Ella is playing
    And Priya is playing
    When the music starts
    And the music stops and Priya is left standing
    And the music starts
    And the music stops and Zoe is left standing
    And the music starts
    And the music stops and Max is left standing
    Then the winner is Ella
    And the chair count is 0

  Scenario: a false start
    Given Tom is playing
    And Ella is playing
    And Max is playing
    When the music stops and Tom is left standing
    Then the host calls out "the music is not playing"
    When the music starts
    And the music stops and Tom is left standing
    And the music starts
    And the music starts
    Then the host calls out "the music is already playing"
    When the music stops and Ella is left standing
    Then the winner is Max

  Scenario: one more go after the end
    Given Priya is playing
    And Tom is playing
    And Zoe is playing
    When the music starts
    And the music stops and Zoe is left standing
    And the music starts
    And the music stops and Zoe is left standing
    Then the host calls out "Zoe is already out"
    When the music stops and Priya is left standing
    Then the winner is Tom
    When the music starts
    Then the host calls out "the game is over"
    And the chair count is 0

Feature: Musical chairs
  There is always one chair fewer than there are players. When the music stops, the player
  left standing is out and a chair is taken away. The last player in is the winner.

  Scenario: the first round
    Given Ella is playing
    And Tom is playing
    And Zoe is playing
    And Max is playing
    Then the chair count is 3
    When the music starts
    And the music stops and Tom is left standing
    Then Tom is out
    And the chair count is 2

  Scenario: playing to the end
    Given Ella is playing
    And Tom is playing
    And Zoe is playing
    When the music starts
    And the music stops and Ella is left standing
    And the music starts
    And the music stops and Zoe is left standing
    Then the winner is Tom
    And the chair count is 0

  Scenario: stopping twice
    Given Ella is playing
    And Tom is playing
    And Zoe is playing
    When the music starts
    And the music stops and Zoe is left standing
    And the music stops and Tom is left standing
    Then the host calls out "the music is not playing"
    And Tom is still in
    And the chair count is 1

  Scenario: a player who is already out
    Given Ella is playing
    And Tom is playing
    And Zoe is playing
    And Max is playing
    And Priya is playing
    When the music starts
    And the music stops and Max is left standing
    And the music starts
    And the music starts
    Then the host calls out "the music is already playing"
    When the music stops and Max is left standing
    Then the host calls out "Max is already out"
    When the music stops and Priya is left standing
    Then the chair count is 2
    And Ella is still in

  Scenario: the game is over
    Given Ella is playing
    And Tom is playing
    Then the chair count is 1
    When the music starts
    And the music stops and Ella is left standing
    Then the winner is Tom
    When the music starts
    Then the host calls out "the game is over"

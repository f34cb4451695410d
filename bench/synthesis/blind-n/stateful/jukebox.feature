Feature: Jukebox
  Every 1.00 put in buys 3 plays. Songs play in the order they were chosen.

  Background:
    Given a jukebox with no credit

  Scenario: one song
    When I put in 1.00
    And I choose "Wonderwall"
    Then 2 plays are left
    And "Wonderwall" is playing

  Scenario: no money
    When I choose "Wonderwall"
    Then the jukebox shows "insert coins"
    And 0 plays are left

  Scenario: the next song
    When I put in 1.00
    And I choose "Wonderwall"
    And I choose "Jolene"
    And the song finishes
    Then "Jolene" is playing
    And 1 play is left

  Scenario: more money
    When I put in 2.00
    And I choose "Jolene"
    Then 5 plays are left

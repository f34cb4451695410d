Feature: Jukebox
  Every 1.00 put in buys 3 plays. Songs play in the order they were chosen.

  Background:
    Given a jukebox with no credit

  Scenario: out of plays
    When I put in 1.00
    And I choose "Jolene"
    And I choose "Wonderwall"
    And I choose "Yesterday"
    And I choose "Jolene"
    Then the jukebox shows "insert coins"
    And 0 plays are left

  Scenario: a long evening
    When I put in 3.00
    And I choose "Yesterday"
    And I choose "Jolene"
    And the song finishes
    Then "Jolene" is playing
    And 7 plays are left

  Scenario: two coins
    When I put in 1.00
    And I put in 1.00
    And I choose "Wonderwall"
    Then "Wonderwall" is playing
    And 5 plays are left

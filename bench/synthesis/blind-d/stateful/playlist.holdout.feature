Feature: Party playlist

  Scenario: jumping the queue after the music has started
    Given an empty playlist
    When "Roxanne" is queued
    And "Kiss" is queued
    And "Faith" is queued
    And "Vogue" is queued
    And the next song is played
    And "Wonderwall" is queued to play next
    And the next song is played
    Then "Wonderwall" is playing
    And the number of songs waiting is 3

  Scenario: the jumped song plays, then the rest, then silence
    Given an empty playlist
    When "Zombie" is queued
    And "Creep" is queued to play next
    And the next song is played
    Then "Creep" is playing
    When the next song is played
    Then "Zombie" is playing
    And the number of songs waiting is 0
    When the next song is played
    Then the player says "nothing left to play"
    And "Zombie" is playing

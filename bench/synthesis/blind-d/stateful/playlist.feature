Feature: Party playlist

  Scenario: the first queued song plays first
    Given an empty playlist
    When "Valerie" is queued
    And "Africa" is queued
    And the next song is played
    Then "Valerie" is playing
    And the number of songs waiting is 1

  Scenario: songs play in the order they were queued
    Given an empty playlist
    When "Valerie" is queued
    And "Africa" is queued
    And "Hey Ya" is queued
    And the next song is played
    And the next song is played
    Then "Africa" is playing
    And the number of songs waiting is 1

  Scenario: a song can jump the queue
    Given an empty playlist
    When "Valerie" is queued
    And "Africa" is queued
    And "Jump" is queued to play next
    And the next song is played
    Then "Jump" is playing
    And the number of songs waiting is 2

  Scenario: nothing queued
    Given an empty playlist
    When the next song is played
    Then the player says "nothing left to play"

  Scenario: the queue runs out
    Given an empty playlist
    When "Africa" is queued
    And the next song is played
    And the next song is played
    Then the player says "nothing left to play"
    And "Africa" is playing
    And the number of songs waiting is 0

Feature: Party playlist
  Songs are added at the end of the playlist, or at the front when they should play next; the DJ always plays the song at the front, which then leaves the playlist.

  Background:
    Given an empty playlist

  Scenario: several songs to play next
    When "Africa" is added to the playlist
    And "Toxic" is queued to play next
    And "Yellow" is queued to play next
    Then the playlist starts with "Yellow"
    And the playlist ends with "Africa"
    And the playlist has 3 songs

  Scenario: removing and playing
    When "Africa" is added to the playlist
    And "Toxic" is added to the playlist
    And "Yellow" is added to the playlist
    And "Africa" is removed from the playlist
    And the DJ plays the next song
    Then the song playing is "Toxic"
    And the playlist has 1 songs
    And the playlist starts with "Yellow"
    And the playlist ends with "Yellow"

Feature: Party playlist
  Songs play in the order they were added; skipping moves on to the next song.

  Scenario: skipping twice
    Given an empty playlist
    When "September" is added to the playlist
    And "Toxic" is added to the playlist
    And "Yellow" is added to the playlist
    And play is pressed
    And the song is skipped
    And the song is skipped
    Then "Yellow" is playing
    And the playlist holds 3 songs

  Scenario: adding a song while the music plays
    Given an empty playlist
    When "September" is added to the playlist
    And play is pressed
    And "Toxic" is added to the playlist
    And the song is skipped
    Then "Toxic" is playing

  Scenario: running off the end
    Given an empty playlist
    When "September" is added to the playlist
    And "Toxic" is added to the playlist
    And play is pressed
    And the song is skipped
    And the song is skipped
    Then the player says "end of playlist"

  Scenario: a fresh playlist
    Given an empty playlist
    Then the playlist holds 0 songs

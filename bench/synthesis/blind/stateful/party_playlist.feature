Feature: Party playlist
  Songs play in the order they were added; skipping moves on to the next song.

  Scenario: starting the music
    Given an empty playlist
    When "Africa" is added to the playlist
    And "Dancing Queen" is added to the playlist
    And play is pressed
    Then "Africa" is playing
    And the playlist holds 2 songs

  Scenario: skipping a song
    Given an empty playlist
    When "Africa" is added to the playlist
    And "Dancing Queen" is added to the playlist
    And "Valerie" is added to the playlist
    And play is pressed
    And the song is skipped
    Then "Dancing Queen" is playing

  Scenario: skipping the last song
    Given an empty playlist
    When "Hey Jude" is added to the playlist
    And play is pressed
    And the song is skipped
    Then the player says "end of playlist"

  Scenario: nothing to play
    Given an empty playlist
    When play is pressed
    Then the player says "the playlist is empty"

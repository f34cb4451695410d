Feature: Band set list
  The band builds its set list in playing order. A new song goes to the end;
  a song can be moved up one place or dropped. Adding a song that is already
  on the list is refused with "<song> is already in the set", and moving up
  the first song with "<song> is already first". The set shows its songs, its
  running time in minutes and seconds and how many songs it has.

  Scenario: a long song moves to the front
    Given an empty set list
    When the band adds "Lanterns" at 4:20
    And the band adds "Coastline" at 3:55
    And the band adds "Fever Dream" at 6:01
    And the band moves "Fever Dream" up one place
    And the band moves "Fever Dream" up one place
    Then the set list reads "Fever Dream, Lanterns, Coastline"
    And the set runs 14:16 with 3 songs

  Scenario: a short encore
    Given an empty set list
    When the band adds "Coastline" at 3:55
    And the band moves "Coastline" up one place
    Then the request is refused with "Coastline is already first"
    When the band adds "Coastline" at 4:00
    Then the request is refused with "Coastline is already in the set"
    When the band adds "Echoes" at 0:59
    Then the set runs 4:54 with 2 songs
    When the band drops "Coastline"
    Then the set runs 0:59 with 1 song
    And the set list reads "Echoes"

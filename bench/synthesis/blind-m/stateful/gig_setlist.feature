Feature: Band set list
  The band builds its set list in playing order. A new song goes to the end;
  a song can be moved up one place or dropped. Adding a song that is already
  on the list is refused with "<song> is already in the set", and moving up
  the first song with "<song> is already first". The set shows its songs, its
  running time in minutes and seconds and how many songs it has.

  Scenario: two songs
    Given an empty set list
    When the band adds "Blue Hour" at 3:45
    And the band adds "Night Bus" at 4:10
    Then the set list reads "Blue Hour, Night Bus"
    And the set runs 7:55 with 2 songs

  Scenario: moving the closer up
    Given an empty set list
    When the band adds "Paper Moon" at 2:58
    And the band adds "Static" at 3:30
    And the band adds "Harbour Lights" at 5:05
    And the band moves "Harbour Lights" up one place
    Then the set list reads "Paper Moon, Harbour Lights, Static"
    And the set runs 11:33 with 3 songs

  Scenario: the same song twice
    Given an empty set list
    When the band adds "Static" at 3:30
    And the band adds "Static" at 3:30
    Then the request is refused with "Static is already in the set"
    And the set runs 3:30 with 1 song

  Scenario: the opener cannot move up
    Given an empty set list
    When the band adds "Blue Hour" at 3:45
    And the band adds "Night Bus" at 4:10
    And the band moves "Blue Hour" up one place
    Then the request is refused with "Blue Hour is already first"
    When the band drops "Blue Hour"
    Then the set list reads "Night Bus"
    And the set runs 4:10 with 1 song

  Scenario: nothing left
    Given an empty set list
    When the band adds "Paper Moon" at 2:58
    And the band drops "Paper Moon"
    Then the set list reads "no songs yet"
    And the set runs 0:00 with 0 songs

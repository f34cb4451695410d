Feature: Hymn board
  The hymn board in the church has five rows. Hymn numbers are slotted in from the top in the
  order they will be sung, and taking one out closes the gap.

  Scenario: one hymn too many
    Given the board is blank
    When hymn 333 is put up
    And hymn 444 is put up
    And hymn 555 is put up
    And hymn 666 is put up
    And hymn 777 is put up
    And hymn 888 is put up
    Then the verger is told "the board is full"
    And row 5 shows hymn 777

  Scenario: taking down the same hymn twice
    Given the board reads "50, 60, 70"
    When hymn 60 is taken down
    And hymn 60 is taken down
    Then the verger is told "hymn 60 is not on the board"
    When hymn 50 is put up
    Then the verger is told "hymn 50 is already up"
    And the board reads "50, 70"

  Scenario: a single hymn for a short service
    Given the board reads "1, 2, 3, 4, 5"
    When the board is cleared
    And hymn 5 is put up
    Then the board reads "5"
    And the number of hymns up is 1

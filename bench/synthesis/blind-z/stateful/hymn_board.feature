Feature: Hymn board
  The hymn board in the church has five rows. Hymn numbers are slotted in from the top in the
  order they will be sung, and taking one out closes the gap.

  Scenario: putting up the hymns for Sunday
    Given the board is blank
    When hymn 245 is put up
    And hymn 12 is put up
    And hymn 600 is put up
    Then the board reads "245, 12, 600"
    And row 2 shows hymn 12

  Scenario: a full board
    Given the board reads "100, 200, 300, 400, 500"
    When hymn 150 is put up
    Then the verger is told "the board is full"
    When hymn 300 is taken down
    Then the board reads "100, 200, 400, 500"
    When hymn 150 is put up
    Then the board reads "100, 200, 400, 500, 150"

  Scenario: the wrong numbers
    Given the board reads "23, 417"
    When hymn 23 is put up
    Then the verger is told "hymn 23 is already up"
    When hymn 77 is taken down
    Then the verger is told "hymn 77 is not on the board"
    And the number of hymns up is 2

  Scenario: after the service
    Given the board reads "8, 9, 10"
    When hymn 8 is taken down
    Then row 1 shows hymn 9
    When the board is cleared
    Then the board is blank
    And the number of hymns up is 0

Feature: Cable car
  One cabin runs between the valley and the summit and carries at most 8 people. People board
  where the cabin is, and everyone aboard gets off at the other end. At the summit only the
  people who are up there can board.

  Scenario: up the mountain
    Given the cabin is at the valley with nobody on the summit
    When 5 people board
    Then the number aboard is 5
    When the cabin travels
    Then the cabin is at the "summit"
    And the number on the summit is 5
    And the number aboard is 0

  Scenario: coming down
    Given the cabin is at the summit with 6 people on the summit
    When 4 people board
    Then the number on the summit is 2
    And the number aboard is 4
    When the cabin travels
    Then the cabin is at the "valley"
    And the number aboard is 0
    And the number on the summit is 2

  Scenario: a full cabin
    Given the cabin is at the valley with nobody on the summit
    When 6 people board
    And 4 people board
    Then boarding is refused with "only 2 more can board"
    When 2 people board
    And the cabin travels
    Then the number on the summit is 8

  Scenario: not that many up there
    Given the cabin is at the summit with 3 people on the summit
    When 5 people board
    Then boarding is refused with "only 3 people are on the summit"
    When 3 people board
    And the cabin travels
    And 2 people board
    And the cabin travels
    Then the cabin is at the "summit"
    And the number on the summit is 2
    And the number aboard is 0

  Scenario: an empty trip
    Given the cabin is at the valley with nobody on the summit
    When the cabin travels
    Then the cabin is at the "summit"
    And the number on the summit is 0
    When the cabin travels
    Then the cabin is at the "valley"

Feature: Cable car
  One cabin runs between the valley and the summit and carries at most 8 people. People board
  where the cabin is, and everyone aboard gets off at the other end. At the summit only the
  people who are up there can board.

  Scenario: a full load up, a few down
    Given the cabin is at the valley with nobody on the summit
    When 8 people board
    And the cabin travels
    And 3 people board
    And the cabin travels
    Then the cabin is at the "valley"
    And the number on the summit is 5
    And the number aboard is 0

  Scenario: a crowd at the top
    Given the cabin is at the summit with 10 people on the summit
    When 9 people board
    Then boarding is refused with "only 8 more can board"
    When 8 people board
    And the cabin travels
    Then the number on the summit is 2
    And the cabin is at the "valley"

  Scenario: fetching people from the valley
    Given the cabin is at the summit with 4 people on the summit
    When the cabin travels
    Then the cabin is at the "valley"
    When 3 people board
    And the cabin travels
    And 8 people board
    Then boarding is refused with "only 7 people are on the summit"
    When 7 people board
    Then the number on the summit is 0
    When the cabin travels
    Then the cabin is at the "valley"

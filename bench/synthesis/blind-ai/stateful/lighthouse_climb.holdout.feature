Feature: Lighthouse climb
  At most 12 visitors may be up the lighthouse at once. Visitors go up and
  come down in groups, and a group too big for the room left at the top
  has to wait. When the tower is full, no group at all can go up. When the
  keeper closes the stairs at the end of the day, nobody else goes up, but
  people still come down. Every visitor who goes up counts towards the
  visitors today.

  Scenario: filling the tower in three groups
    Given the stairs are open and nobody is up the tower
    When a group of 7 goes up
    And a group of 6 goes up
    Then the keeper says "only 5 more can go up"
    When a group of 5 goes up
    And a group of 3 goes up
    Then the keeper says "the tower is full"
    And the visitors today are 12

  Scenario: the last visitors come down after closing
    Given the stairs are open and 4 people are up the tower
    When a group of 4 comes down
    And the keeper closes the stairs
    And a group of 2 goes up
    Then the keeper says "the stairs are closed for the day"
    And the people up the tower are 0

  Scenario: a busy afternoon
    Given the stairs are open and nobody is up the tower
    When a group of 9 goes up
    And a group of 10 comes down
    Then the keeper says "only 9 people are up the tower"
    When a group of 9 comes down
    And a group of 12 goes up
    Then the people up the tower are 12
    And the visitors today are 21

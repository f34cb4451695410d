Feature: Lighthouse climb
  At most 12 visitors may be up the lighthouse at once. Visitors go up and
  come down in groups, and a group too big for the room left at the top
  has to wait. When the tower is full, no group at all can go up. When the
  keeper closes the stairs at the end of the day, nobody else goes up, but
  people still come down. Every visitor who goes up counts towards the
  visitors today.

  Scenario: groups go up and come down
    Given the stairs are open and nobody is up the tower
    When a group of 5 goes up
    And a group of 4 goes up
    And a group of 3 comes down
    Then the people up the tower are 6
    And the visitors today are 9

  Scenario: a group too big for the room left
    Given the stairs are open and nobody is up the tower
    When a group of 8 goes up
    And a group of 5 goes up
    Then the keeper says "only 4 more can go up"
    When a group of 4 goes up
    Then the people up the tower are 12
    And the visitors today are 12

  Scenario: closing time
    Given the stairs are open and nobody is up the tower
    When a group of 6 goes up
    And the keeper closes the stairs
    And a group of 2 goes up
    Then the keeper says "the stairs are closed for the day"
    When a group of 6 comes down
    Then the people up the tower are 0
    And the visitors today are 6

  Scenario: more coming down than went up
    Given the stairs are open and nobody is up the tower
    When a group of 3 goes up
    And a group of 4 comes down
    Then the keeper says "only 3 people are up the tower"
    And the people up the tower are 3

  Scenario: a full tower
    Given the stairs are open and 10 people are up the tower
    When a group of 2 goes up
    And a group of 3 goes up
    Then the keeper says "the tower is full"
    When a group of 7 comes down
    And a group of 3 goes up
    Then the people up the tower are 8

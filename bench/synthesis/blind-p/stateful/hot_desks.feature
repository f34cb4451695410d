Feature: Hot desks
  The office has desks 1 to 8. Each person can hold only one desk at a time, and a desk held by
  someone else cannot be booked.

  Scenario: two bookings
    Given nobody has a desk yet
    When Sam books desk 3
    And Mia books desk 8
    Then desk 3 is Sam's
    And 2 desks are taken

  Scenario: a desk that is already taken
    Given nobody has a desk yet
    When Sam books desk 1
    And Mia books desk 1
    Then the office manager says "desk 1 is taken"
    When Mia books desk 2
    Then desk 2 is Mia's

  Scenario: one desk each
    Given nobody has a desk yet
    When Ava books desk 5
    And Ava books desk 6
    Then the office manager says "Ava already has desk 5"
    When Ava gives up the desk
    And Ava books desk 6
    Then desk 5 is free
    And desk 6 is Ava's

  Scenario: desks that do not exist
    Given nobody has a desk yet
    When Ben books desk 9
    Then the office manager says "there is no desk 9"
    When Ben books desk 0
    Then the office manager says "there is no desk 0"
    And 0 desks are taken

  Scenario: nothing to give up
    Given nobody has a desk yet
    When Leo gives up the desk
    Then the office manager says "Leo has no desk"
    When Leo books desk 4
    And Zoe books desk 7
    And Leo gives up the desk
    Then 1 desk is taken
    And desk 4 is free

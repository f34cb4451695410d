Feature: Hot desks
  The office has desks 1 to 8. Each person can hold only one desk at a time, and a desk held by
  someone else cannot be booked.

  Scenario: a clash and a move
    Given nobody has a desk yet
    When Zoe books desk 2
    And Dad books desk 2
    Then the office manager says "desk 2 is taken"
    When Dad books desk 7
    And Zoe gives up the desk
    Then desk 2 is free
    And 1 desk is taken

  Scenario: greedy and empty-handed
    Given nobody has a desk yet
    When Mia books desk 4
    And Mia books desk 6
    Then the office manager says "Mia already has desk 4"
    When Sam gives up the desk
    Then the office manager says "Sam has no desk"
    And desk 4 is Mia's

  Scenario: a full morning
    Given nobody has a desk yet
    When Ben books desk 10
    Then the office manager says "there is no desk 10"
    When Ben books desk 1
    And Leo books desk 8
    And Ava books desk 3
    Then 3 desks are taken
    And desk 8 is Leo's

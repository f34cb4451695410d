Feature: Childminder places
  A childminder can look after at most six children at once, and no more than three of them may
  be under five. Children are signed in when they arrive and signed out when they go home.

  Scenario: the first arrivals
    Given nobody is here yet
    When Leo, aged 3, arrives
    And Mia, aged 7, arrives
    Then the number of children here is 2
    And the number of under fives here is 1

  Scenario: three under fives already
    Given Ava, aged 2, is already here
    And Ben, aged 4, is already here
    And Cal, aged 1, is already here
    When Dan, aged 4, arrives
    Then the childminder says "there are already three under fives here"
    When Eli, aged 5, arrives
    Then the number of children here is 4
    And the number of under fives here is 3
    When Ben goes home
    And Dan, aged 4, arrives
    Then the number of under fives here is 3
    And the number of children here is 4

  Scenario: a full house
    Given Ava, aged 2, is already here
    And Finn, aged 6, is already here
    And Gus, aged 9, is already here
    And Hana, aged 10, is already here
    And Ivy, aged 5, is already here
    And Jude, aged 11, is already here
    When Kit, aged 7, arrives
    Then the childminder says "there are already six children here"
    When Gus goes home
    And Kit, aged 7, arrives
    Then the number of children here is 6

  Scenario: signing in and out twice
    Given Leo, aged 3, is already here
    When Leo, aged 3, arrives
    Then the childminder says "Leo is already here"
    When Mia goes home
    Then the childminder says "Mia is not here"
    When Leo goes home
    Then the number of children here is 0

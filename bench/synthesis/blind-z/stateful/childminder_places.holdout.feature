Feature: Childminder places
  A childminder can look after at most six children at once, and no more than three of them may
  be under five. Children are signed in when they arrive and signed out when they go home.

  Scenario: a baby and two toddlers
    Given nobody is here yet
    When Oli, aged 0, arrives
    And Pip, aged 2, arrives
    And Quin, aged 4, arrives
    And Rae, aged 3, arrives
    Then the childminder says "there are already three under fives here"
    When Sam, aged 12, arrives
    Then the number of children here is 4

  Scenario: after-school children and a little one
    Given Tia, aged 6, is already here
    And Uma, aged 7, is already here
    And Vin, aged 8, is already here
    And Wes, aged 9, is already here
    And Xan, aged 10, is already here
    When Yan, aged 1, arrives
    Then the number of children here is 6
    And the number of under fives here is 1
    When Zed, aged 2, arrives
    Then the childminder says "there are already six children here"
    When Tia goes home
    And Zed, aged 2, arrives
    Then the number of under fives here is 2

  Scenario: a muddled sign-in sheet
    Given Ava, aged 4, is already here
    When Ava goes home
    And Ava goes home
    Then the childminder says "Ava is not here"
    When Ava, aged 4, arrives
    And Ava, aged 4, arrives
    Then the childminder says "Ava is already here"
    And the number of children here is 1

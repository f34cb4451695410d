Feature: Concert ticket allocation

  Scenario: two fans change their plans
    Given a concert with 30 tickets
    When Fay books 6 tickets
    And Gus books 6 tickets
    And Fay returns 6 tickets
    And Fay books 2 tickets
    Then 22 tickets remain
    And Fay holds 2 tickets
    And Gus holds 6 tickets

  Scenario: the last few tickets
    Given a concert with 8 tickets
    When Fay books 5 tickets
    And Gus books 4 tickets
    Then Gus is told "only 3 tickets left"
    And 3 tickets remain

  Scenario: creeping up to the limit
    Given a concert with 40 tickets
    When Hal books 2 tickets
    And Hal books 4 tickets
    And Hal books 2 tickets
    Then Hal is told "no more than 6 tickets per person"
    And Hal holds 6 tickets

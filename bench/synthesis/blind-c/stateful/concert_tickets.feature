Feature: Concert ticket allocation

  Scenario: booking tickets
    Given a concert with 100 tickets
    When Dana books 4 tickets
    Then 96 tickets remain
    And Dana holds 4 tickets

  Scenario: returning some tickets
    Given a concert with 50 tickets
    When Dana books 5 tickets
    And Dana returns 2 tickets
    Then 47 tickets remain
    And Dana holds 3 tickets

  Scenario: not enough tickets left
    Given a concert with 10 tickets
    When Dana books 6 tickets
    And Eli books 5 tickets
    Then Eli is told "only 4 tickets left"
    And 4 tickets remain
    And Eli holds 0 tickets

  Scenario: the limit per person
    Given a concert with 100 tickets
    When Dana books 4 tickets
    And Dana books 3 tickets
    Then Dana is told "no more than 6 tickets per person"
    And Dana holds 4 tickets

  Scenario: returning more than you hold
    Given a concert with 20 tickets
    When Eli books 2 tickets
    And Eli returns 3 tickets
    Then Eli is told "Eli holds only 2 tickets"
    And 18 tickets remain

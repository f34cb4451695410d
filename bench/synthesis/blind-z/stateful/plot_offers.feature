Feature: Allotment waiting list
  People join the waiting list in turn. When a plot comes free it is offered to the person at
  the top of the list. If they accept, they take the plot and leave the list; if they turn it
  down, they go to the bottom of the list and the plot is offered to the next person.

  Scenario: joining the list
    Given the waiting list is empty
    When Priya joins the waiting list
    And Tom joins the waiting list
    Then the number of names on the list is 2
    And Priya is first on the list
    And Tom is number 2 on the list

  Scenario: the first offer is accepted
    Given the waiting list reads Priya, Tom, Sam
    When a plot comes free
    Then the plot is offered to Priya
    When the offer is accepted
    Then Tom is first on the list
    And the number of names on the list is 2

  Scenario: the first offer is turned down
    Given the waiting list reads Priya, Tom, Sam
    When a plot comes free
    And the offer is turned down
    Then the plot is offered to Tom
    And Priya is number 3 on the list
    When the offer is accepted
    Then Sam is first on the list

  Scenario: joining twice and leaving
    Given the waiting list reads Ade, Bea
    When Bea joins the waiting list
    Then the secretary says "Bea is already on the list"
    When Cal leaves the waiting list
    Then the secretary says "Cal is not on the list"
    When Ade leaves the waiting list
    Then Bea is first on the list
    And the number of names on the list is 1

  Scenario: a plot with nobody waiting
    Given the waiting list is empty
    When a plot comes free
    Then the secretary says "nobody is waiting for a plot"
    When Dev joins the waiting list
    And the offer is accepted
    Then the secretary says "no plot is on offer"
    And Dev is first on the list

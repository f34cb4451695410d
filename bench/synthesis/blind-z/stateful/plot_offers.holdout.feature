Feature: Allotment waiting list
  People join the waiting list in turn. When a plot comes free it is offered to the person at
  the top of the list. If they accept, they take the plot and leave the list; if they turn it
  down, they go to the bottom of the list and the plot is offered to the next person.

  Scenario: two people say no
    Given the waiting list reads Ola, Ben, Kim
    When a plot comes free
    Then the plot is offered to Ola
    When the offer is turned down
    And the offer is turned down
    Then the plot is offered to Kim
    When the offer is accepted
    Then Ola is first on the list
    And the number of names on the list is 2

  Scenario: everyone leaves
    Given the waiting list is empty
    When Zac joins the waiting list
    And Yara joins the waiting list
    And Zac leaves the waiting list
    And Yara leaves the waiting list
    And a plot comes free
    Then the secretary says "nobody is waiting for a plot"

  Scenario: a newcomer moves up
    Given the waiting list reads Lou, Max
    When Nia joins the waiting list
    And Max leaves the waiting list
    And a plot comes free
    Then the plot is offered to Lou
    When the offer is accepted
    Then Nia is first on the list
    And the number of names on the list is 1
    When Max leaves the waiting list
    Then the secretary says "Max is not on the list"

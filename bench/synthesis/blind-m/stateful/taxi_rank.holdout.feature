Feature: Station taxi rank

  Scenario: a quiet evening
    Given the taxi rank is empty
    When taxi 4 pulls in
    And Eve joins the queue
    Then Eve leaves in taxi 4
    And nobody is waiting
    And no taxis are waiting
    When Fay joins the queue
    And Gus joins the queue
    And Gus joins the queue
    Then the request is refused with "Gus is already in the queue"
    And 2 people are waiting

  Scenario: a line of taxis
    Given the taxi rank is empty
    When taxi 11 pulls in
    And taxi 12 pulls in
    And taxi 13 pulls in
    And Hal joins the queue
    Then 2 taxis are waiting
    When Ivy joins the queue
    Then Ivy leaves in taxi 12
    And 1 taxi is waiting

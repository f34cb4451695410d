Feature: Station taxi rank

  Scenario: passengers wait for a taxi
    Given the taxi rank is empty
    When Omar joins the queue
    And Ana joins the queue
    Then 2 people are waiting
    When taxi 7 pulls in
    Then Omar leaves in taxi 7
    And 1 person is waiting

  Scenario: taxis wait for passengers
    Given the taxi rank is empty
    When taxi 3 pulls in
    And taxi 8 pulls in
    Then 2 taxis are waiting
    When Lee joins the queue
    Then Lee leaves in taxi 3
    And 1 taxi is waiting
    And nobody is waiting

  Scenario: joining twice
    Given the taxi rank is empty
    When Ana joins the queue
    And Ana joins the queue
    Then the request is refused with "Ana is already in the queue"
    And 1 person is waiting

  Scenario: a second trip
    Given the taxi rank is empty
    When Omar joins the queue
    And taxi 5 pulls in
    Then Omar leaves in taxi 5
    When Omar joins the queue
    Then 1 person is waiting
    And no taxis are waiting
    When taxi 9 pulls in
    Then Omar leaves in taxi 9

  Scenario: first come, first served
    Given the taxi rank is empty
    When Bea joins the queue
    And Cal joins the queue
    And Dan joins the queue
    And taxi 1 pulls in
    And taxi 2 pulls in
    Then Cal leaves in taxi 2
    And 1 person is waiting
    And no taxis are waiting

Feature: Cave tour
  A tour takes at most 12 people, and each adult may bring at most 2 children.

  Scenario: one adult cannot stay with five
    Given a tour with nobody booked
    When 3 adults join the tour
    And 5 children join the tour
    And 2 adults leave the tour
    Then the guide answers "each adult may bring 2 children"
    When 4 adults join the tour
    Then the adult count is 7
    And the child count is 5

  Scenario: too late to leave
    Given a tour with nobody booked
    When 2 adults join the tour
    And 2 children join the tour
    And the tour sets off
    And 2 adults leave the tour
    Then the guide answers "the tour has left"
    And the adult count is 2
    And the child count is 2

  Scenario: filling up exactly
    Given a tour with nobody booked
    When 2 adults join the tour
    And 5 children join the tour
    Then the guide answers "each adult may bring 2 children"
    When 4 children join the tour
    And 4 adults join the tour
    And 4 adults join the tour
    Then the guide answers "only 2 places left"
    When 2 children join the tour
    Then the adult count is 6
    And the child count is 6

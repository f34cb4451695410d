Feature: Cave tour
  A tour takes at most 12 people, and each adult may bring at most 2 children.

  Scenario: a family booking
    Given a tour with nobody booked
    When 2 adults join the tour
    And 4 children join the tour
    Then the adult count is 2
    And the child count is 4

  Scenario: too many children
    Given a tour with nobody booked
    When 3 adults join the tour
    And 7 children join the tour
    Then the guide answers "each adult may bring 2 children"
    When 6 children join the tour
    And 2 adults leave the tour
    Then the guide answers "each adult may bring 2 children"
    And the adult count is 3
    And the child count is 6

  Scenario: nearly full
    Given a tour with nobody booked
    When 5 adults join the tour
    And 5 children join the tour
    And 3 children join the tour
    Then the guide answers "only 2 places left"
    When 2 adults join the tour
    And 2 adults leave the tour
    Then the adult count is 5
    And the child count is 5

  Scenario: setting off
    Given a tour with nobody booked
    When the tour sets off
    Then the guide answers "nobody is booked"
    When 2 adults join the tour
    And the tour sets off
    And 2 children join the tour
    Then the guide answers "the tour has left"
    And the adult count is 2
    And the child count is 0

  Scenario: a big group
    Given a tour with nobody booked
    When 5 adults join the tour
    And 5 adults join the tour
    And 4 children join the tour
    Then the guide answers "only 2 places left"
    When 2 children join the tour
    And 3 adults leave the tour
    Then the adult count is 7
    And the child count is 2

Feature: Ghost tour group
  An evening ghost tour takes at most 12 people, and the guide only sets off with at least 4.
  People can join or drop out until the guide sets off, but not after.

  Scenario: a late group squeezed in
    Given a ghost tour with nobody booked
    When 10 people join the tour
    And 3 people join the tour
    Then the guide says "only 2 places left"
    When 2 people join the tour
    And 4 people drop out
    Then the people booked are 8
    And the places left are 4

  Scenario: just enough
    Given a ghost tour with nobody booked
    When 2 people join the tour
    And 2 people join the tour
    And the guide sets off
    Then the tour is "under way"
    And the people booked are 4
    When 3 people join the tour
    Then the guide says "the tour has already set off"

  Scenario: too few, then too many
    Given a ghost tour with nobody booked
    When 7 people join the tour
    And 5 people drop out
    And the guide sets off
    Then the guide says "the tour needs at least 4 people"
    When 5 people join the tour
    And 5 people join the tour
    And 2 people join the tour
    Then the guide says "the tour is full"
    And the tour is "waiting"

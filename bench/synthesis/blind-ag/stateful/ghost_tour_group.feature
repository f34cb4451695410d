Feature: Ghost tour group
  An evening ghost tour takes at most 12 people, and the guide only sets off with at least 4.
  People can join or drop out until the guide sets off, but not after.

  Scenario: filling up
    Given a ghost tour with nobody booked
    When 5 people join the tour
    And 4 people join the tour
    Then the places left are 3
    When 4 people join the tour
    Then the guide says "only 3 places left"
    And the people booked are 9

  Scenario: setting off
    Given a ghost tour with nobody booked
    When 3 people join the tour
    And the guide sets off
    Then the guide says "the tour needs at least 4 people"
    When 2 people join the tour
    And the guide sets off
    Then the tour is "under way"
    When 2 people join the tour
    Then the guide says "the tour has already set off"

  Scenario: a full tour
    Given a ghost tour with nobody booked
    When 12 people join the tour
    Then the places left are 0
    When 2 people join the tour
    Then the guide says "the tour is full"
    When 3 people drop out
    Then the places left are 3
    And the tour is "waiting"

  Scenario: no dropping out on the way
    Given a ghost tour with nobody booked
    When 6 people join the tour
    And 2 people drop out
    And the guide sets off
    Then the people booked are 4
    When 2 people drop out
    Then the guide says "the tour has already set off"

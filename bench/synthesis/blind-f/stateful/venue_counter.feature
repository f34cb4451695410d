Feature: Door counter at the concert hall
  The venue has room for a number of people. A group that would not fit is
  refused as a whole with "venue full". A group cannot leave if fewer people
  are inside: that is refused with "only N inside". The day total counts
  everybody who got in.

  Scenario: in and out
    Given a venue with room for 100 people
    When 5 people enter
    And 2 people leave
    Then the counter shows 3 inside
    And the day total is 5

  Scenario: a full house
    Given a venue with room for 10 people
    When 8 people enter
    And 3 people enter
    Then the entry is refused with "venue full"
    And the counter shows 8 inside
    When 2 people enter
    Then the counter shows 10 inside

  Scenario: more leaving than inside
    Given a venue with room for 50 people
    When 4 people enter
    And 6 people leave
    Then the exit is refused with "only 4 inside"
    And the counter shows 4 inside
    When 4 people leave
    Then the counter shows 0 inside
    And the day total is 4

  Scenario: two shows
    Given a venue with room for 5 people
    When 5 people enter
    And 5 people leave
    And 5 people enter
    Then the counter shows 5 inside
    And the day total is 10

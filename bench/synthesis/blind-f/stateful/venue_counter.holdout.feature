Feature: Door counter at the concert hall
  The venue has room for a number of people. A group that would not fit is
  refused as a whole with "venue full". A group cannot leave if fewer people
  are inside: that is refused with "only N inside". The day total counts
  everybody who got in.

  Scenario: a busy evening
    Given a venue with room for 20 people
    When 12 people enter
    And 9 people enter
    Then the entry is refused with "venue full"
    When 8 people enter
    Then the counter shows 20 inside
    When 3 people leave
    And 3 people enter
    Then the counter shows 20 inside
    And the day total is 23

  Scenario: a quiet afternoon
    Given a venue with room for 30 people
    When 3 people enter
    And 4 people leave
    Then the exit is refused with "only 3 inside"
    When 2 people leave
    And 2 people leave
    Then the exit is refused with "only 1 inside"
    And the counter shows 1 inside
    And the day total is 3

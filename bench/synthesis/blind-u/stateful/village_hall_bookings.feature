Feature: Village hall weekly hours
  The hall can be booked for at most 20 hours a week in all, and no group may hold more than 8
  of those hours. Groups may cancel hours they have booked.

  Background:
    Given a new week with no bookings

  Scenario: booking hours
    When the Scouts book 3 hours
    And the Brownies book 5 hours
    Then the Scouts have booked 3 hours
    And the hall has 12 hours free
    When the Scouts book 4 hours
    Then the Scouts have booked 7 hours
    And the hall has 8 hours free

  Scenario: a group's own limit
    When the quilters book 6 hours
    And the quilters book 4 hours
    Then the booking is refused with "the quilters may book only 2 more hours"
    When the quilters book 2 hours
    Then the quilters have booked 8 hours
    When the quilters book 3 hours
    Then the booking is refused with "the quilters already have 8 hours"

  Scenario: the hall fills up
    When the Scouts book 8 hours
    And the Brownies book 8 hours
    And the Guides book 2 hours
    Then the hall has 2 hours free
    When the Guides book 3 hours
    Then the booking is refused with "only 2 hours left this week"
    When the Guides book 2 hours
    Then the hall has 0 hours free
    When the bell ringers book 2 hours
    Then the booking is refused with "the hall is fully booked"

  Scenario: cancelling hours
    When the Scouts book 6 hours
    And the Scouts cancel 2 hours
    Then the Scouts have booked 4 hours
    When the Scouts cancel 5 hours
    Then the booking is refused with "the Scouts have only 4 hours booked"
    When the Brownies cancel 3 hours
    Then the booking is refused with "the Brownies have no hours booked"
    And the hall has 16 hours free

  Scenario: a cancellation makes room
    When the Brownies book 7 hours
    And the quilters book 8 hours
    And the Scouts book 5 hours
    And the Guides book 2 hours
    Then the booking is refused with "the hall is fully booked"
    When the quilters cancel 3 hours
    And the Guides book 3 hours
    Then the hall has 0 hours free
    And the Guides have booked 3 hours

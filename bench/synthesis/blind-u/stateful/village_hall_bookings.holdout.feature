Feature: Village hall weekly hours
  The hall can be booked for at most 20 hours a week in all, and no group may hold more than 8
  of those hours. Groups may cancel hours they have booked.

  Background:
    Given a new week with no bookings

  Scenario: the Guides reach their limit
    When the Guides book 4 hours
    And the bell ringers book 6 hours
    And the Guides book 5 hours
    Then the booking is refused with "the Guides may book only 4 more hours"
    When the Guides book 4 hours
    Then the Guides have booked 8 hours
    And the hall has 6 hours free

  Scenario: squeezed in after a cancellation
    When the Scouts book 8 hours
    And the Brownies book 8 hours
    And the quilters book 5 hours
    Then the booking is refused with "only 4 hours left this week"
    When the quilters book 4 hours
    And the bell ringers book 3 hours
    Then the booking is refused with "the hall is fully booked"
    When the Brownies cancel 6 hours
    And the bell ringers book 3 hours
    Then the hall has 3 hours free
    And the Brownies have booked 2 hours

  Scenario: booked, cancelled and booked again
    When the quilters book 5 hours
    And the quilters cancel 5 hours
    Then the quilters have booked 0 hours
    When the quilters cancel 2 hours
    Then the booking is refused with "the quilters have no hours booked"
    When the Scouts book 8 hours
    And the Scouts book 2 hours
    Then the booking is refused with "the Scouts already have 8 hours"

Feature: Booking the meeting room
  The room is booked by the hour between 8 and 18 o'clock; a booking from 9 to
  11 takes the hours starting at 9 and at 10. A booking that overlaps another
  one is refused with "already booked", one outside those hours with "outside
  opening hours". Cancelling a booking frees its hours.

  Scenario: a busy morning
    Given the meeting room has no bookings
    When "Eve" books it from 8 to 10
    And "Fay" books it from 9 to 10
    Then the booking is refused with "already booked"
    When "Fay" books it from 10 to 12
    Then 4 hours are booked
    When the booking of "Eve" is cancelled
    Then the room is free at 8 o'clock: yes
    And the room is free at 11 o'clock: no
    And 2 hours are booked

  Scenario: the whole afternoon
    Given the meeting room has no bookings
    When "Gil" books it from 12 to 18
    And "Hal" books it from 18 to 19
    Then the booking is refused with "outside opening hours"
    And the room is free at 12 o'clock: no
    And 6 hours are booked

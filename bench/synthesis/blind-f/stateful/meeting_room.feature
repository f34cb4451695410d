Feature: Booking the meeting room
  The room is booked by the hour between 8 and 18 o'clock; a booking from 9 to
  11 takes the hours starting at 9 and at 10. A booking that overlaps another
  one is refused with "already booked", one outside those hours with "outside
  opening hours". Cancelling a booking frees its hours.

  Scenario: a two hour booking
    Given the meeting room has no bookings
    When "Ana" books it from 9 to 11
    Then the room is free at 9 o'clock: no
    And the room is free at 10 o'clock: no
    And the room is free at 11 o'clock: yes
    And 2 hours are booked

  Scenario: an overlap
    Given the meeting room has no bookings
    When "Ana" books it from 9 to 11
    And "Ben" books it from 10 to 12
    Then the booking is refused with "already booked"
    When "Ben" books it from 11 to 12
    Then 3 hours are booked

  Scenario: opening hours
    Given the meeting room has no bookings
    When "Cleo" books it from 7 to 9
    Then the booking is refused with "outside opening hours"
    When "Cleo" books it from 17 to 19
    Then the booking is refused with "outside opening hours"
    When "Cleo" books it from 16 to 18
    Then the room is free at 17 o'clock: no
    And 2 hours are booked

  Scenario: cancelling
    Given the meeting room has no bookings
    When "Dan" books it from 13 to 15
    And the booking of "Dan" is cancelled
    Then the room is free at 13 o'clock: yes
    And 0 hours are booked

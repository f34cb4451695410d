Feature: Shared laundry room
  Residents book the washing machine by the hour. Slots start on the hour from "07:00"
  to "21:00"; any other start time is refused with "outside opening hours". A slot that
  is already booked is refused with "slot taken". A flat may hold at most 2 bookings;
  a third is refused with "limit reached". Only the flat that booked a slot can cancel
  it; anyone else is refused with "not your booking".

  Scenario: an early start
    Given the laundry calendar is empty
    When flat "3D" books the "07:00" slot
    And flat "3D" books the "08:00" slot
    And flat "3D" books the "20:00" slot
    Then the booking is refused with "limit reached"
    When flat "5E" books the "08:00" slot
    Then the booking is refused with "slot taken"
    When flat "3D" cancels the "07:00" slot
    And flat "5E" books the "07:00" slot
    Then the "07:00" slot is booked by flat "5E"
    And flat "5E" has 1 booking
    And flat "3D" has 1 booking

  Scenario: the last slot of the day
    Given the laundry calendar is empty
    When flat "6F" books the "21:00" slot
    And flat "1A" books the "21:00" slot
    Then the booking is refused with "slot taken"
    When flat "1A" cancels the "21:00" slot
    Then the cancellation is refused with "not your booking"
    When flat "6F" cancels the "21:00" slot
    Then the "21:00" slot is free
    And flat "6F" has 0 bookings

  Scenario: too late and too early
    Given the laundry calendar is empty
    When flat "2C" books the "23:00" slot
    Then the booking is refused with "outside opening hours"
    When flat "2C" books the "05:00" slot
    Then the booking is refused with "outside opening hours"
    And flat "2C" has 0 bookings

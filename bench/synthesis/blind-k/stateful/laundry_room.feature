Feature: Shared laundry room
  Residents book the washing machine by the hour. Slots start on the hour from "07:00"
  to "21:00"; any other start time is refused with "outside opening hours". A slot that
  is already booked is refused with "slot taken". A flat may hold at most 2 bookings;
  a third is refused with "limit reached". Only the flat that booked a slot can cancel
  it; anyone else is refused with "not your booking".

  Scenario: booking a slot
    Given the laundry calendar is empty
    When flat "4B" books the "09:00" slot
    Then the "09:00" slot is booked by flat "4B"
    And flat "4B" has 1 booking

  Scenario: two flats want the same slot
    Given the laundry calendar is empty
    When flat "4B" books the "09:00" slot
    And flat "2A" books the "09:00" slot
    Then the booking is refused with "slot taken"
    And the "09:00" slot is booked by flat "4B"
    And flat "2A" has 0 bookings

  Scenario: the limit of two
    Given the laundry calendar is empty
    When flat "4B" books the "09:00" slot
    And flat "4B" books the "10:00" slot
    And flat "4B" books the "11:00" slot
    Then the booking is refused with "limit reached"
    And the "11:00" slot is free
    When flat "4B" cancels the "09:00" slot
    And flat "4B" books the "11:00" slot
    Then flat "4B" has 2 bookings
    And the "09:00" slot is free

  Scenario: opening hours
    Given the laundry calendar is empty
    When flat "1C" books the "06:00" slot
    Then the booking is refused with "outside opening hours"
    When flat "1C" books the "21:00" slot
    Then the "21:00" slot is booked by flat "1C"
    When flat "1C" books the "22:00" slot
    Then the booking is refused with "outside opening hours"
    And flat "1C" has 1 booking

  Scenario: cancelling somebody else's slot
    Given the laundry calendar is empty
    When flat "2A" books the "18:00" slot
    And flat "4B" cancels the "18:00" slot
    Then the cancellation is refused with "not your booking"
    And the "18:00" slot is booked by flat "2A"

Feature: Community barbecue bookings
  Residents book the shared barbecue for the "morning", "afternoon" or
  "evening" of a date. A slot that is taken is refused with "the <slot> of
  <date> is already booked by <name>". Only the person who booked can cancel;
  anyone else is refused with "only <name> can cancel this booking". Each
  resident can hold 2 bookings at most; a third is refused with "<name>
  already has 2 bookings".

  Scenario: booking an evening
    Given the barbecue has no bookings
    When Omar books the "evening" of "2026-07-04"
    Then the "evening" of "2026-07-04" shows "booked by Omar"
    And the "afternoon" of "2026-07-04" shows "free"

  Scenario: the evening is taken
    Given the barbecue has no bookings
    When Omar books the "evening" of "2026-07-04"
    And Ana books the "evening" of "2026-07-04"
    Then the booking is refused with "the evening of 2026-07-04 is already booked by Omar"
    When Ana books the "afternoon" of "2026-07-04"
    Then the "afternoon" of "2026-07-04" shows "booked by Ana"
    And Ana has 1 booking

  Scenario: cancelling
    Given the barbecue has no bookings
    When Omar books the "morning" of "2026-08-01"
    And Ana cancels the "morning" of "2026-08-01"
    Then the booking is refused with "only Omar can cancel this booking"
    When Omar cancels the "morning" of "2026-08-01"
    Then the "morning" of "2026-08-01" shows "free"
    And Omar has no bookings

  Scenario: two bookings at most
    Given the barbecue has no bookings
    When Lee books the "morning" of "2026-07-10"
    And Lee books the "evening" of "2026-07-11"
    And Lee books the "afternoon" of "2026-07-12"
    Then the booking is refused with "Lee already has 2 bookings"
    And Lee has 2 bookings
    And the "afternoon" of "2026-07-12" shows "free"

  Scenario: a cancelled booking frees a place
    Given the barbecue has no bookings
    When Lee books the "evening" of "2026-07-10"
    And Lee books the "evening" of "2026-07-11"
    And Lee cancels the "evening" of "2026-07-10"
    And Lee books the "evening" of "2026-07-12"
    Then Lee has 2 bookings
    And the "evening" of "2026-07-12" shows "booked by Lee"

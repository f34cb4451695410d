Feature: Community barbecue bookings
  Residents book the shared barbecue for the "morning", "afternoon" or
  "evening" of a date. A slot that is taken is refused with "the <slot> of
  <date> is already booked by <name>". Only the person who booked can cancel;
  anyone else is refused with "only <name> can cancel this booking". Each
  resident can hold 2 bookings at most; a third is refused with "<name>
  already has 2 bookings".

  Scenario: handing over an afternoon
    Given the barbecue has no bookings
    When Bea books the "afternoon" of "2026-08-15"
    And Cal books the "afternoon" of "2026-08-15"
    Then the booking is refused with "the afternoon of 2026-08-15 is already booked by Bea"
    When Cal cancels the "afternoon" of "2026-08-15"
    Then the booking is refused with "only Bea can cancel this booking"
    When Bea cancels the "afternoon" of "2026-08-15"
    And Cal books the "afternoon" of "2026-08-15"
    Then the "afternoon" of "2026-08-15" shows "booked by Cal"
    And Bea has no bookings

  Scenario: three mornings in a row
    Given the barbecue has no bookings
    When Dan books the "morning" of "2026-09-01"
    And Dan books the "morning" of "2026-09-02"
    And Dan books the "morning" of "2026-09-03"
    Then the booking is refused with "Dan already has 2 bookings"
    When Eve books the "morning" of "2026-09-03"
    Then Eve has 1 booking
    And the "morning" of "2026-09-03" shows "booked by Eve"

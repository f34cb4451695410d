Feature: Campsite pitch bookings
  A pitch is booked from an arrival date for a number of nights at 22.50 a
  night. The guest leaves on the morning after the last night, so someone
  else can arrive on that pitch the same day. A booking that shares a night
  with another booking of the same pitch is refused with "pitch taken"; a
  pitch the site does not have is refused with "no such pitch". A guest
  holds one booking and can cancel it.

  Scenario: a three night stay
    Given the campsite has pitches "A1, A2, B1"
    When "Kofi" books pitch "A1" from "2026-07-01" for 3 nights
    Then "Kofi" leaves on "2026-07-04"
    And "Kofi" pays 67.50

  Scenario: before and after another stay
    Given the campsite has pitches "A1, A2, B1"
    When "Kofi" books pitch "A1" from "2026-07-01" for 3 nights
    And "Lena" books pitch "A1" from "2026-07-03" for 2 nights
    Then the booking is refused with "pitch taken"
    When "Lena" books pitch "A1" from "2026-06-29" for 2 nights
    Then "Lena" leaves on "2026-07-01"
    And "Lena" pays 45.00
    When "Omar" books pitch "A1" from "2026-07-04" for 1 nights
    Then "Omar" leaves on "2026-07-05"

  Scenario: which nights are free
    Given the campsite has pitches "A1, A2, B1"
    When "Kofi" books pitch "A1" from "2026-07-01" for 3 nights
    And "Lena" books pitch "A2" from "2026-07-02" for 1 nights
    Then "Lena" leaves on "2026-07-03"
    And pitch "A1" is free on the night of "2026-07-03": no
    And pitch "A1" is free on the night of "2026-07-04": yes

  Scenario: a cancellation frees the pitch
    Given the campsite has pitches "A1, A2, B1"
    When "Kofi" books pitch "B1" from "2026-07-30" for 4 nights
    Then "Kofi" leaves on "2026-08-03"
    When "Kofi" cancels
    And "Lena" books pitch "B1" from "2026-07-31" for 2 nights
    Then "Lena" leaves on "2026-08-02"

  Scenario: a pitch that does not exist
    Given the campsite has pitches "A1, A2, B1"
    When "Mira" books pitch "C9" from "2026-07-10" for 1 nights
    Then the booking is refused with "no such pitch"

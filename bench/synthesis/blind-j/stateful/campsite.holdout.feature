Feature: Campsite pitch bookings
  A pitch is booked from an arrival date for a number of nights at 22.50 a
  night. The guest leaves on the morning after the last night, so someone
  else can arrive on that pitch the same day. A booking that shares a night
  with another booking of the same pitch is refused with "pitch taken"; a
  pitch the site does not have is refused with "no such pitch". A guest
  holds one booking and can cancel it.

  Scenario: into September
    Given the campsite has pitches "P1, P2"
    When "Noor" books pitch "P2" from "2026-08-29" for 5 nights
    Then "Noor" leaves on "2026-09-03"
    And "Noor" pays 112.50
    When "Ravi" books pitch "P2" from "2026-09-02" for 1 nights
    Then the booking is refused with "pitch taken"
    When "Ravi" books pitch "P2" from "2026-09-03" for 7 nights
    Then "Ravi" leaves on "2026-09-10"
    And "Ravi" pays 157.50

  Scenario: New Year
    Given the campsite has pitches "P1, P2"
    When "Sami" books pitch "P1" from "2026-12-30" for 3 nights
    Then "Sami" leaves on "2027-01-02"
    When "Tia" books pitch "P1" from "2026-12-28" for 4 nights
    Then the booking is refused with "pitch taken"
    When "Sami" cancels
    And "Tia" books pitch "P1" from "2026-12-28" for 4 nights
    Then "Tia" leaves on "2027-01-01"
    And "Tia" pays 90.00

  Scenario: a short stay on a small site
    Given the campsite has pitches "A1, A2"
    When "Uli" books pitch "A1" from "2026-07-10" for 2 nights
    Then pitch "A1" is free on the night of "2026-07-11": no
    And pitch "A1" is free on the night of "2026-07-12": yes
    When "Vera" books pitch "B7" from "2026-07-11" for 1 nights
    Then the booking is refused with "no such pitch"

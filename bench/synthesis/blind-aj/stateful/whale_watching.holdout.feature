Feature: Whale-watching trip bookings
  There are two trips a day, the "morning" and the "afternoon", with 12 seats
  each. A booking is for a whole party under one name, and a party that does not
  fit is refused rather than split. A party can move to the other trip if it
  fits there, or cancel.

  Scenario: two big parties
    Given no seats are booked yet
    When "Eli" books 7 seats on the "morning" trip
    And "Fay" books 6 seats on the "morning" trip
    Then the office says "only 5 seats left on the morning trip"
    When "Fay" books 6 seats on the "afternoon" trip
    And "Eli" moves to the "afternoon" trip
    Then the office says "only 6 seats left on the afternoon trip"
    And the seats left on the "morning" trip are 5

  Scenario: the last seats
    Given the "afternoon" trip already has 8 seats booked
    When "Gus" books 4 seats on the "afternoon" trip
    Then the seats left on the "afternoon" trip are 0
    When "Hal" books 2 seats on the "afternoon" trip
    Then the office says "the afternoon trip is full"
    And the trip for "Hal" is "none"

  Scenario: booking again after a refusal
    Given the "morning" trip already has 10 seats booked
    When "Ivy" books 3 seats on the "morning" trip
    Then the office says "only 2 seats left on the morning trip"
    When "Ivy" books 3 seats on the "afternoon" trip
    And "Ivy" cancels the booking
    Then the seats left on the "afternoon" trip are 12
    And the trip for "Ivy" is "none"

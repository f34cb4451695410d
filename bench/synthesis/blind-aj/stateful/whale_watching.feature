Feature: Whale-watching trip bookings
  There are two trips a day, the "morning" and the "afternoon", with 12 seats
  each. A booking is for a whole party under one name, and a party that does not
  fit is refused rather than split. A party can move to the other trip if it
  fits there, or cancel.

  Scenario: a family booking
    Given no seats are booked yet
    When "Ana" books 4 seats on the "morning" trip
    Then the seats left on the "morning" trip are 8
    And the seats left on the "afternoon" trip are 12

  Scenario: a party that does not fit
    Given the "morning" trip already has 10 seats booked
    When "Ben" books 3 seats on the "morning" trip
    Then the office says "only 2 seats left on the morning trip"
    When "Ben" books 3 seats on the "afternoon" trip
    Then the trip for "Ben" is "afternoon"

  Scenario: moving to the other trip
    Given no seats are booked yet
    When "Ana" books 5 seats on the "afternoon" trip
    And "Ana" moves to the "morning" trip
    Then the seats left on the "afternoon" trip are 12
    And the seats left on the "morning" trip are 7

  Scenario: a full trip
    Given the "afternoon" trip already has 12 seats booked
    When "Cy" books 2 seats on the "afternoon" trip
    Then the office says "the afternoon trip is full"
    When "Cy" books 2 seats on the "morning" trip
    And "Cy" cancels the booking
    Then the trip for "Cy" is "none"
    And the seats left on the "morning" trip are 12

  Scenario: a move that does not fit
    Given the "morning" trip already has 9 seats booked
    When "Dee" books 6 seats on the "afternoon" trip
    And "Dee" moves to the "morning" trip
    Then the office says "only 3 seats left on the morning trip"
    And the trip for "Dee" is "afternoon"

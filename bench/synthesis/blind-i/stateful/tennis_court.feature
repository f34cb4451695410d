Feature: Tennis court bookings
  The club has "Court 1" and "Court 2", booked by the hour. The first booking
  starts at 08:00 and the last at 20:00; other times are refused with "outside
  opening hours". A court and hour that is already booked is refused with
  "already taken". A member may hold at most two bookings for the day; a third
  is refused with "limit reached". Cancelling frees the court and the
  member's allowance.

  Scenario: booking a court
    Given no courts are booked for tomorrow
    When "Ana" books "Court 1" at "09:00"
    Then "Court 1" at "09:00" shows "Ana"
    And "Court 2" at "09:00" shows "free"
    And "Ana" holds 1 bookings

  Scenario: the court is taken
    Given no courts are booked for tomorrow
    When "Ana" books "Court 2" at "18:00"
    And "Bo" books "Court 2" at "18:00"
    Then the booking is refused with "already taken"
    When "Bo" books "Court 1" at "18:00"
    Then "Court 1" at "18:00" shows "Bo"
    And "Court 2" at "18:00" shows "Ana"

  Scenario: opening hours
    Given no courts are booked for tomorrow
    When "Ana" books "Court 1" at "21:00"
    Then the booking is refused with "outside opening hours"
    When "Ana" books "Court 1" at "07:00"
    Then the booking is refused with "outside opening hours"
    When "Ana" books "Court 1" at "20:00"
    Then "Court 1" at "20:00" shows "Ana"

  Scenario: two bookings a day
    Given no courts are booked for tomorrow
    When "Cy" books "Court 1" at "10:00"
    And "Cy" books "Court 1" at "11:00"
    And "Cy" books "Court 2" at "12:00"
    Then the booking is refused with "limit reached"
    And "Cy" holds 2 bookings
    And "Court 2" at "12:00" shows "free"

  Scenario: a cancellation
    Given no courts are booked for tomorrow
    When "Dee" books "Court 2" at "08:00"
    And "Dee" books "Court 2" at "09:00"
    And "Dee" cancels "Court 2" at "08:00"
    And "Dee" books "Court 1" at "15:00"
    Then "Court 2" at "08:00" shows "free"
    And "Court 1" at "15:00" shows "Dee"
    And "Dee" holds 2 bookings

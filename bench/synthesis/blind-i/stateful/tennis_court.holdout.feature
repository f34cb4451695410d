Feature: Tennis court bookings
  The club has "Court 1" and "Court 2", booked by the hour. The first booking
  starts at 08:00 and the last at 20:00; other times are refused with "outside
  opening hours". A court and hour that is already booked is refused with
  "already taken". A member may hold at most two bookings for the day; a third
  is refused with "limit reached". Cancelling frees the court and the
  member's allowance.

  Scenario: the early slot on both courts
    Given no courts are booked for tomorrow
    When "Eli" books "Court 1" at "08:00"
    And "Fay" books "Court 1" at "08:00"
    Then the booking is refused with "already taken"
    When "Fay" books "Court 2" at "08:00"
    And "Eli" books "Court 2" at "08:00"
    Then the booking is refused with "already taken"
    And "Eli" holds 1 bookings
    And "Court 2" at "08:00" shows "Fay"

  Scenario: a member at the limit cancels
    Given no courts are booked for tomorrow
    When "Gus" books "Court 2" at "20:00"
    And "Gus" books "Court 2" at "06:00"
    Then the booking is refused with "outside opening hours"
    When "Gus" books "Court 1" at "13:00"
    And "Gus" books "Court 1" at "14:00"
    Then the booking is refused with "limit reached"
    When "Gus" cancels "Court 2" at "20:00"
    And "Gus" books "Court 1" at "14:00"
    Then "Court 1" at "14:00" shows "Gus"
    And "Court 2" at "20:00" shows "free"
    And "Gus" holds 2 bookings

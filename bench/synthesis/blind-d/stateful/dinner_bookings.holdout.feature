Feature: Dinner bookings
  The restaurant has a fixed number of seats for the evening. A booking takes as
  many seats as there are people in the party. A party bigger than the free seats
  is refused with "only 3 seats left" (giving the number of free seats). Each name
  can hold one booking; a second booking under the same name is refused with
  "Ana already has a booking". Cancelling frees the seats of that booking;
  cancelling a name without a booking is refused with "no booking for Tom".

  Scenario: a cancellation makes room
    Given the evening has 16 seats
    When "Kim" books for 6 people
    And "Lou" books for 6 people
    And "Max" books for 5 people
    Then the booking is refused with "only 4 seats left"
    When "Kim" cancels
    And "Max" books for 5 people
    Then the number of free seats is 5

  Scenario: booking again after cancelling
    Given the evening has 6 seats
    When "Ana" books for 2 people
    And "Ana" cancels
    And "Ana" books for 3 people
    Then the number of free seats is 3

  Scenario: a stranger cancels, then books twice
    Given the evening has 9 seats
    When "Zoe" cancels
    Then the cancellation is refused with "no booking for Zoe"
    When "Zoe" books for 4 people
    And "Zoe" books for 2 people
    Then the booking is refused with "Zoe already has a booking"
    And the number of free seats is 5

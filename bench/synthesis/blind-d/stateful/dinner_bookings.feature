Feature: Dinner bookings
  The restaurant has a fixed number of seats for the evening. A booking takes as
  many seats as there are people in the party. A party bigger than the free seats
  is refused with "only 3 seats left" (giving the number of free seats). Each name
  can hold one booking; a second booking under the same name is refused with
  "Ana already has a booking". Cancelling frees the seats of that booking;
  cancelling a name without a booking is refused with "no booking for Tom".

  Scenario: two bookings
    Given the evening has 20 seats
    When "Ana" books for 4 people
    And "Ben" books for 6 people
    Then the number of free seats is 10

  Scenario: a party too big for the free seats
    Given the evening has 10 seats
    When "Ana" books for 7 people
    And "Ben" books for 4 people
    Then the booking is refused with "only 3 seats left"
    And the number of free seats is 3

  Scenario: one booking per name
    Given the evening has 10 seats
    When "Ana" books for 4 people
    And "Ana" books for 2 people
    Then the booking is refused with "Ana already has a booking"
    And the number of free seats is 6

  Scenario: cancelling
    Given the evening has 12 seats
    When "Ana" books for 5 people
    And "Ana" cancels
    Then the number of free seats is 12
    When "Tom" cancels
    Then the cancellation is refused with "no booking for Tom"

  Scenario: filling every seat
    Given the evening has 8 seats
    When "Ana" books for 8 people
    Then the number of free seats is 0

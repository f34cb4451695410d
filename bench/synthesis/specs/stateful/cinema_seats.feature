Feature: Booking seats for a screening
  Seats are booked one at a time; a seat that is already booked cannot be booked again until its booking is cancelled.

  Background:
    Given a screening with no seats booked

  Scenario: booking two seats
    When seat "C4" is booked
    And seat "C5" is booked
    Then the number of booked seats is 2
    And seat "C4" is free: no

  Scenario: a seat cannot be booked twice
    When seat "F1" is booked
    And seat "F1" is booked
    Then the booking is refused with "seat F1 is already taken"
    And the number of booked seats is 1

  Scenario: cancelling frees the seat
    When seat "A1" is booked
    And seat "A2" is booked
    And the booking for seat "A1" is cancelled
    Then the number of booked seats is 1
    And seat "A1" is free: yes
    And seat "A2" is free: no

  Scenario: nothing booked yet
    Then seat "H10" is free: yes
    And the number of booked seats is 0

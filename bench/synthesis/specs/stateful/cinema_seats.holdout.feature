Feature: Booking seats for a screening
  Seats are booked one at a time; a seat that is already booked cannot be booked again until its booking is cancelled.

  Background:
    Given a screening with no seats booked

  Scenario: booking a cancelled seat again
    When seat "D7" is booked
    And the booking for seat "D7" is cancelled
    And seat "D7" is booked
    Then the number of booked seats is 1
    And seat "D7" is free: no

  Scenario: a double booking in a row of seats
    When seat "B1" is booked
    And seat "B2" is booked
    And seat "B3" is booked
    And seat "B2" is booked
    Then the booking is refused with "seat B2 is already taken"
    And the number of booked seats is 3
    And seat "B4" is free: yes

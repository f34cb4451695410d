Feature: Rehearsal studio
  Bands book the studio by the whole hour between 10:00 and 23:00. Two bookings may not
  overlap, and a band may cancel only a booking it holds.

  Scenario: after another band
    Given the studio has no bookings
    When "Owls" book from "16:00" for 4 hours
    And "Pips" book from "18:00" for 2 hours
    Then the studio manager says "the studio is taken at 18:00"
    When "Pips" book from "20:00" for 3 hours
    Then the hours booked by "Pips" are 3
    And the studio is free at "22:00": no

  Scenario: two bookings and one cancelled
    Given the studio has no bookings
    When "Owls" book from "21:00" for 2 hours
    And "Owls" book from "19:00" for 2 hours
    And "Owls" cancel the booking at "21:00"
    Then the hours booked by "Owls" are 2
    And the studio is free at "21:00": yes

  Scenario: nothing to cancel
    Given the studio has no bookings
    When "Pips" book from "22:00" for 2 hours
    Then the studio manager says "the studio closes at 23:00"
    When "Pips" cancel the booking at "22:00"
    Then the studio manager says "there is no booking by Pips at 22:00"
    And the studio is free at "22:00": yes

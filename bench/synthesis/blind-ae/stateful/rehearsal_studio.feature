Feature: Rehearsal studio
  Bands book the studio by the whole hour between 10:00 and 23:00. Two bookings may not
  overlap, and a band may cancel only a booking it holds.

  Scenario: an evening booking
    Given the studio has no bookings
    When "Howl" book from "18:00" for 2 hours
    Then the studio is free at "18:00": no
    And the studio is free at "20:00": yes
    And the hours booked by "Howl" are 2

  Scenario: a clash
    Given the studio has no bookings
    When "Howl" book from "18:00" for 3 hours
    And "Kites" book from "20:00" for 2 hours
    Then the studio manager says "the studio is taken at 20:00"
    When "Kites" book from "21:00" for 2 hours
    Then the hours booked by "Kites" are 2
    And the studio is free at "22:00": no

  Scenario: too late in the evening
    Given the studio has no bookings
    When "Moths" book from "21:00" for 3 hours
    Then the studio manager says "the studio closes at 23:00"
    When "Moths" book from "10:00" for 4 hours
    Then the hours booked by "Moths" are 4
    And the studio is free at "13:00": no
    And the studio is free at "14:00": yes

  Scenario: cancelling
    Given the studio has no bookings
    When "Howl" book from "12:00" for 2 hours
    And "Howl" cancel the booking at "13:00"
    Then the studio manager says "there is no booking by Howl at 13:00"
    When "Howl" cancel the booking at "12:00"
    Then the studio is free at "12:00": yes
    And the hours booked by "Howl" are 0

  Scenario: a clash later in the booking
    Given the studio has no bookings
    When "Kites" book from "15:00" for 2 hours
    And "Moths" book from "13:00" for 3 hours
    Then the studio manager says "the studio is taken at 15:00"
    When "Moths" book from "13:00" for 2 hours
    Then the studio is free at "14:00": no
    And the hours booked by "Moths" are 2

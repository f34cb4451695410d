Feature: Makerspace cutter bookings
  The laser cutter is booked by the hour, in slots starting on the hour from 09:00 to 16:00.
  Each slot has one member, and a member holds at most 2 slots a day. Only the member who
  booked a slot can cancel it.

  Scenario: taken and too early
    Given an empty booking sheet for the cutter
    When "Gus" books the "14:00" slot
    And "Hal" books the "14:00" slot
    Then the sheet says "the 14:00 slot is taken"
    When "Hal" books the "08:00" slot
    Then the sheet says "the cutter can be booked from 09:00 to 16:00"
    And the free slots are 7
    And the "14:00" slot is booked by "Gus"

  Scenario: first and last slots
    Given an empty booking sheet for the cutter
    When "Ivy" books the "09:00" slot
    And "Ivy" books the "16:00" slot
    And "Jo" books the "15:00" slot
    And "Ivy" cancels the "15:00" slot
    Then the sheet says "Ivy has not booked 15:00"
    When "Ivy" books the "12:00" slot
    Then the sheet says "Ivy already has 2 slots"
    And the free slots are 5

  Scenario: cancelling twice
    Given an empty booking sheet for the cutter
    When "Kit" books the "11:00" slot
    And "Kit" cancels the "11:00" slot
    And "Kit" cancels the "11:00" slot
    Then the sheet says "Kit has not booked 11:00"
    When "Lou" books the "11:00" slot
    And "Kit" books the "10:00" slot
    Then the "11:00" slot is booked by "Lou"
    And the "10:00" slot is booked by "Kit"
    And the free slots are 6

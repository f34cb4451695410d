Feature: Makerspace cutter bookings
  The laser cutter is booked by the hour, in slots starting on the hour from 09:00 to 16:00.
  Each slot has one member, and a member holds at most 2 slots a day. Only the member who
  booked a slot can cancel it.

  Scenario: booking slots
    Given an empty booking sheet for the cutter
    When "Ana" books the "10:00" slot
    And "Ben" books the "11:00" slot
    Then the free slots are 6
    And the "10:00" slot is booked by "Ana"
    When "Ben" books the "10:00" slot
    Then the sheet says "the 10:00 slot is taken"

  Scenario: two slots a day
    Given an empty booking sheet for the cutter
    When "Ana" books the "09:00" slot
    And "Ana" books the "13:00" slot
    And "Ana" books the "15:00" slot
    Then the sheet says "Ana already has 2 slots"
    When "Ana" cancels the "09:00" slot
    And "Ana" books the "15:00" slot
    Then the "09:00" slot is booked by "nobody"
    And the free slots are 6

  Scenario: opening hours and other people's slots
    Given an empty booking sheet for the cutter
    When "Cal" books the "17:00" slot
    Then the sheet says "the cutter can be booked from 09:00 to 16:00"
    When "Cal" books the "16:00" slot
    And "Dee" cancels the "16:00" slot
    Then the sheet says "Dee has not booked 16:00"
    And the "16:00" slot is booked by "Cal"

  Scenario: a cancelled slot is free again
    Given an empty booking sheet for the cutter
    When "Eve" books the "12:00" slot
    And "Eve" cancels the "12:00" slot
    And "Fay" books the "12:00" slot
    Then the "12:00" slot is booked by "Fay"
    And the free slots are 7

Feature: Dentist appointments

  Scenario: booking a slot
    Given the dentist's diary is empty
    When "Ana" books the slot at "09:00"
    Then the slot at "09:00" is taken by "Ana"
    And 1 slots are booked

  Scenario: a slot that is taken
    Given the dentist's diary is empty
    When "Ana" books the slot at "09:00"
    And "Ben" books the slot at "09:00"
    Then the request is refused with "slot taken"
    And the slot at "09:00" is taken by "Ana"
    And 1 slots are booked

  Scenario: one appointment each
    Given the dentist's diary is empty
    When "Ana" books the slot at "10:30"
    And "Ana" books the slot at "11:00"
    Then the request is refused with "already booked"
    And the slot at "11:00" is free: yes

  Scenario: a cancellation frees the slot
    Given the dentist's diary is empty
    When "Ana" books the slot at "09:00"
    And "Ben" books the slot at "09:30"
    And "Ana" cancels
    Then the slot at "09:00" is free: yes
    And 1 slots are booked
    When "Cara" books the slot at "09:00"
    Then the slot at "09:00" is taken by "Cara"

  Scenario: cancelling without an appointment
    Given the dentist's diary is empty
    When "Ben" cancels
    Then the request is refused with "no booking"
    And 0 slots are booked

Feature: Dentist appointments

  Scenario: a busy afternoon
    Given the dentist's diary is empty
    When "Dan" books the slot at "14:00"
    And "Eve" books the slot at "14:00"
    Then the request is refused with "slot taken"
    When "Eve" books the slot at "14:30"
    And "Dan" cancels
    And "Eve" books the slot at "14:00"
    Then the request is refused with "already booked"
    And 1 slots are booked
    And the slot at "14:00" is free: yes

  Scenario: cancel and book again
    Given the dentist's diary is empty
    When "Fay" cancels
    Then the request is refused with "no booking"
    When "Fay" books the slot at "08:30"
    And "Fay" cancels
    And "Fay" books the slot at "08:30"
    Then the slot at "08:30" is taken by "Fay"
    And 1 slots are booked

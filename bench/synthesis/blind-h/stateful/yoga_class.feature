Feature: Yoga class bookings
  A class has a fixed number of mats. Once they are all taken, further
  bookings go on the waiting list. When someone with a mat cancels, the first
  person on the waiting list gets it. Booking twice is refused with "already
  booked".

  Scenario: two bookings for two mats
    Given a yoga class with 2 mats
    When "Ana" books
    And "Bo" books
    Then "Ana" has "mat"
    And the free mats are 0

  Scenario: the waiting list
    Given a yoga class with 1 mats
    When "Ana" books
    And "Bo" books
    Then "Bo" has "waiting"
    When "Cy" books
    Then the waiting list is "Bo, Cy"

  Scenario: a cancellation
    Given a yoga class with 1 mats
    When "Ana" books
    And "Bo" books
    And "Ana" cancels
    Then "Bo" has "mat"
    And "Ana" has "none"
    And the free mats are 0

  Scenario: booking twice
    Given a yoga class with 3 mats
    When "Dan" books
    And "Dan" books
    Then the booking is refused with "already booked"
    And the free mats are 2

  Scenario: a change of plan
    Given a yoga class with 2 mats
    When "Eli" books
    And "Eli" cancels
    Then the free mats are 2
    And "Eli" has "none"

Feature: Yoga class bookings
  A class has a fixed number of mats. Once they are all taken, further
  bookings go on the waiting list. When someone with a mat cancels, the first
  person on the waiting list gets it. Booking twice is refused with "already
  booked".

  Scenario: a full class
    Given a yoga class with 2 mats
    When "Fay" books
    And "Gil" books
    And "Hal" books
    And "Ivo" books
    Then the waiting list is "Hal, Ivo"
    When "Gil" cancels
    Then "Hal" has "mat"
    And the waiting list is "Ivo"
    When "Ivo" books
    Then the booking is refused with "already booked"

  Scenario: a cancellation with nobody waiting
    Given a yoga class with 4 mats
    When "Jay" books
    And "Kim" books
    And "Jay" cancels
    Then the free mats are 3
    And "Kim" has "mat"

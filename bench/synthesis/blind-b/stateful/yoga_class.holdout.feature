Feature: Yoga class bookings
  A class has a fixed number of places. Once it is full, new sign-ups join the waiting list in order,
  and when someone with a place cancels, the first person on the waiting list takes that place.

  Scenario: a busy evening class
    Given a yoga class with 3 places
    When "Ana" signs up
    And "Ben" signs up
    And "Cy" signs up
    And "Di" signs up
    And "Ed" signs up
    And "Ben" cancels
    Then "Di" has a place
    And the waiting list is "Ed"
    And the number of bookings is 3

  Scenario: a late sign-up waits
    Given a yoga class with 1 places
    When "Zoe" signs up
    And "Yan" signs up
    And "Zoe" cancels
    And "Xia" signs up
    Then "Yan" has a place
    And "Xia" is on the waiting list

  Scenario: a quiet class
    Given a yoga class with 5 places
    When "Ana" signs up
    And "Ben" signs up
    And "Ana" cancels
    Then the number of bookings is 1
    And nobody is waiting

Feature: Yoga class bookings
  A class has a fixed number of places. Once it is full, new sign-ups join the waiting list in order,
  and when someone with a place cancels, the first person on the waiting list takes that place.

  Scenario: signing up
    Given a yoga class with 10 places
    When "Ana" signs up
    Then "Ana" has a place
    And the number of bookings is 1

  Scenario: a full class
    Given a yoga class with 2 places
    When "Ana" signs up
    And "Ben" signs up
    And "Cy" signs up
    Then "Cy" is on the waiting list
    And the number of bookings is 2

  Scenario: the waiting list keeps its order
    Given a yoga class with 1 places
    When "Ana" signs up
    And "Ben" signs up
    And "Cy" signs up
    Then the waiting list is "Ben, Cy"

  Scenario: a cancellation moves the queue up
    Given a yoga class with 2 places
    When "Ana" signs up
    And "Ben" signs up
    And "Cy" signs up
    And "Ana" cancels
    Then "Cy" has a place
    And nobody is waiting

  Scenario: leaving the waiting list
    Given a yoga class with 1 places
    When "Ana" signs up
    And "Ben" signs up
    And "Cy" signs up
    And "Ben" cancels
    Then the waiting list is "Cy"
    And "Ana" has a place

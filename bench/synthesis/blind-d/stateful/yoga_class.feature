Feature: Yoga class sign-up
  A class has a fixed number of places. People who sign up while places remain
  are booked; after that they join the waiting list in the order they signed up.
  If a booked person cancels, the first person on the waiting list takes the
  place. A person on the waiting list can also cancel and simply leaves the list.
  Signing up a second time is refused with "Ana is already signed up".

  Scenario: the class fills and a waiting list starts
    Given the yoga class size is 2
    When "Ana" signs up
    And "Ben" signs up
    And "Cal" signs up
    Then "Ana" is "booked"
    And "Cal" is "waiting"
    And the length of the waiting list is 1

  Scenario: a cancellation moves the next person up
    Given the yoga class size is 1
    When "Ana" signs up
    And "Ben" signs up
    And "Ana" cancels
    Then "Ben" is "booked"
    And "Ana" is "not signed up"
    And the length of the waiting list is 0

  Scenario: leaving the waiting list
    Given the yoga class size is 1
    When "Ana" signs up
    And "Ben" signs up
    And "Cal" signs up
    And "Ben" cancels
    Then "Cal" is "waiting"
    And "Ben" is "not signed up"
    And "Ana" is "booked"
    And the length of the waiting list is 1

  Scenario: signing up twice
    Given the yoga class size is 2
    When "Ana" signs up
    And "Ana" signs up
    Then the sign-up is refused with "Ana is already signed up"
    And the length of the waiting list is 0

  Scenario: the first in line gets the place
    Given the yoga class size is 1
    When "Ana" signs up
    And "Ben" signs up
    And "Cal" signs up
    And "Ana" cancels
    Then "Ben" is "booked"
    And "Cal" is "waiting"

Feature: Yoga class sign-up
  A class has a fixed number of places. People who sign up while places remain
  are booked; after that they join the waiting list in the order they signed up.
  If a booked person cancels, the first person on the waiting list takes the
  place. A person on the waiting list can also cancel and simply leaves the list.
  Signing up a second time is refused with "Ana is already signed up".

  Scenario: a bigger class
    Given the yoga class size is 3
    When "Dee" signs up
    And "Eli" signs up
    And "Fay" signs up
    And "Gus" signs up
    And "Hal" signs up
    And "Eli" cancels
    Then "Gus" is "booked"
    And "Hal" is "waiting"
    And "Eli" is "not signed up"
    And the length of the waiting list is 1

  Scenario: someone on the waiting list signs up again
    Given the yoga class size is 1
    When "Ana" signs up
    And "Ben" signs up
    And "Ben" signs up
    Then the sign-up is refused with "Ben is already signed up"
    And the length of the waiting list is 1

  Scenario: cancelling and coming back
    Given the yoga class size is 2
    When "Kai" signs up
    And "Kai" cancels
    And "Kai" signs up
    Then "Kai" is "booked"
    And the length of the waiting list is 0

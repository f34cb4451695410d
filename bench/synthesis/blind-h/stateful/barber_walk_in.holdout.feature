Feature: Walk-in barber
  Customers are called in the order they walked in. Someone already waiting
  cannot walk in again, and anyone waiting may leave before being called.

  Scenario: a busy morning
    Given the barber's waiting list is empty
    When "Finn" walks in
    And "Gus" walks in
    And "Hana" walks in
    And the barber calls the next customer
    Then "Finn" is in the chair
    And "Hana" is number 2 in line
    When "Gus" walks in
    Then the arrival is refused with "already waiting"
    And the waiting count is 2

  Scenario: an empty shop after someone leaves
    Given the barber's waiting list is empty
    When "Ida" walks in
    And "Ida" leaves without a haircut
    And the barber calls the next customer
    Then the call is refused with "nobody waiting"
    When "Jo" walks in
    And "Kai" walks in
    And the barber calls the next customer
    And the barber calls the next customer
    Then "Kai" is in the chair
    And the waiting count is 0

Feature: Walk-in barber
  Customers are called in the order they walked in. Someone already waiting
  cannot walk in again, and anyone waiting may leave before being called.

  Scenario: first come, first served
    Given the barber's waiting list is empty
    When "Omar" walks in
    And "Jan" walks in
    And the barber calls the next customer
    Then "Omar" is in the chair
    And the waiting count is 1

  Scenario: leaving the line
    Given the barber's waiting list is empty
    When "Ali" walks in
    And "Ben" walks in
    And "Cem" walks in
    Then "Cem" is number 3 in line
    When "Ben" leaves without a haircut
    Then "Cem" is number 2 in line
    And the waiting count is 2

  Scenario: walking in twice
    Given the barber's waiting list is empty
    When "Dev" walks in
    And "Dev" walks in
    Then the arrival is refused with "already waiting"
    And the waiting count is 1

  Scenario: calling when nobody is there
    Given the barber's waiting list is empty
    When the barber calls the next customer
    Then the call is refused with "nobody waiting"
    When "Eva" walks in
    And the barber calls the next customer
    Then "Eva" is in the chair
    And the waiting count is 0

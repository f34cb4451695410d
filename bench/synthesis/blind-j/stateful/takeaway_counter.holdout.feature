Feature: Takeaway collection screen

  Scenario: a busy evening
    Given the takeaway opens with order number 100
    When an order is placed
    And an order is placed
    And an order is placed
    And an order is placed
    And order 102 is ready
    And order 100 is ready
    And order 103 is ready
    Then the screen shows ready "102, 100, 103"
    And the screen shows preparing "101"
    When order 100 is collected
    Then the screen shows ready "102, 103"

  Scenario: too early, then on time
    Given the takeaway opens with order number 55
    When an order is placed
    And an order is placed
    And order 56 is collected
    Then the counter is refused with "order 56 is not ready"
    When order 56 is ready
    And order 56 is collected
    Then the screen shows ready "none"
    And the screen shows preparing "55"

  Scenario: ready twice
    Given the takeaway opens with order number 3
    When an order is placed
    And order 3 is ready
    And order 3 is ready
    Then the counter is refused with "no such order being prepared"
    And the screen shows ready "3"

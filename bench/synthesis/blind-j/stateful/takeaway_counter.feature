Feature: Takeaway collection screen

  Scenario: orders being prepared
    Given the takeaway opens with order number 1
    When an order is placed
    And an order is placed
    And an order is placed
    Then the screen shows preparing "1, 2, 3"
    And the screen shows ready "none"

  Scenario: an order is ready
    Given the takeaway opens with order number 40
    When an order is placed
    And an order is placed
    And order 41 is ready
    Then the screen shows preparing "40"
    And the screen shows ready "41"

  Scenario: ready out of turn and collected
    Given the takeaway opens with order number 7
    When an order is placed
    And an order is placed
    And an order is placed
    And order 9 is ready
    And order 7 is ready
    Then the screen shows ready "9, 7"
    When order 9 is collected
    Then the screen shows ready "7"
    And the screen shows preparing "8"

  Scenario: collecting too early
    Given the takeaway opens with order number 20
    When an order is placed
    And order 20 is collected
    Then the counter is refused with "order 20 is not ready"
    And the screen shows preparing "20"

  Scenario: an order that was never placed
    Given the takeaway opens with order number 1
    When an order is placed
    And order 5 is ready
    Then the counter is refused with "no such order being prepared"
    And the screen shows ready "none"

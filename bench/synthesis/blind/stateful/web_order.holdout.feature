Feature: Web shop orders
  An order goes from placed to paid to shipped. It can be cancelled until it is shipped, and a cancelled order can no longer be paid or shipped.

  Scenario: changing one's mind straight away
    Given a newly placed order
    When the customer cancels the order
    Then the order status is "cancelled"

  Scenario: cancelled after payment, then the warehouse tries to ship
    Given a newly placed order
    When the customer pays
    And the customer cancels the order
    And the warehouse ships the order
    Then the action is refused with "order was cancelled"
    And the order status is "cancelled"

  Scenario: the warehouse was too quick, then all is well
    Given a newly placed order
    When the warehouse ships the order
    And the customer pays
    And the warehouse ships the order
    Then the order status is "shipped"

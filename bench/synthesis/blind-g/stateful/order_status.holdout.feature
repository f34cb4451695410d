Feature: Online order status

  Scenario: delivery has to wait for shipping
    Given a new order
    When the customer pays
    And the courier delivers the order
    Then the action is refused with "not shipped yet"
    When the warehouse ships the order
    And the courier delivers the order
    Then the status is "delivered"

  Scenario: a cancelled order is not shipped
    Given a new order
    When the customer cancels the order
    And the warehouse ships the order
    Then the action is refused with "order cancelled"
    And the status is "cancelled"

  Scenario: paid and shipped
    Given a new order
    When the customer pays
    And the warehouse ships the order
    Then the status is "shipped"

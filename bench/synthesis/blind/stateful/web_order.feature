Feature: Web shop orders
  An order goes from placed to paid to shipped. It can be cancelled until it is shipped, and a cancelled order can no longer be paid or shipped.

  Scenario: paying
    Given a newly placed order
    When the customer pays
    Then the order status is "paid"

  Scenario: paying and shipping
    Given a newly placed order
    When the customer pays
    And the warehouse ships the order
    Then the order status is "shipped"

  Scenario: shipping before payment
    Given a newly placed order
    When the warehouse ships the order
    Then the action is refused with "order not paid yet"
    And the order status is "placed"

  Scenario: too late to cancel
    Given a newly placed order
    When the customer pays
    And the warehouse ships the order
    And the customer cancels the order
    Then the action is refused with "order already shipped"
    And the order status is "shipped"

  Scenario: paying for a cancelled order
    Given a newly placed order
    When the customer cancels the order
    And the customer pays
    Then the action is refused with "order was cancelled"
    And the order status is "cancelled"

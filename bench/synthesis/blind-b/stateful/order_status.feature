Feature: Order lifecycle
  An order moves from placed to paid to shipped to delivered. It can be cancelled until it has shipped.
  Any other request is refused with "not allowed now" and leaves the order as it was.

  Scenario: the happy path
    Given a new order
    When the customer pays
    And the warehouse ships the order
    And the courier delivers the order
    Then the order status is "delivered"

  Scenario: paying
    Given a new order
    When the customer pays
    Then the order status is "paid"

  Scenario: cancelling a paid order
    Given a new order
    When the customer pays
    And the customer cancels the order
    Then the order status is "cancelled"

  Scenario: an unpaid order cannot ship
    Given a new order
    When the warehouse ships the order
    Then the request is refused with "not allowed now"
    And the order status is "placed"

  Scenario: too late to cancel
    Given an order in status "shipped"
    When the customer cancels the order
    Then the request is refused with "not allowed now"
    And the order status is "shipped"

Feature: Order lifecycle
  An order moves from placed to paid to shipped to delivered. It can be cancelled until it has shipped.
  Any other request is refused with "not allowed now" and leaves the order as it was.

  Scenario: changing one's mind straight away
    Given a new order
    When the customer cancels the order
    Then the order status is "cancelled"

  Scenario: paying for a cancelled order
    Given an order in status "cancelled"
    When the customer pays
    Then the request is refused with "not allowed now"
    And the order status is "cancelled"

  Scenario: cancelling after delivery
    Given an order in status "paid"
    When the warehouse ships the order
    And the courier delivers the order
    And the customer cancels the order
    Then the request is refused with "not allowed now"
    And the order status is "delivered"

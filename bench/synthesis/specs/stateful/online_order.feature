Feature: Order progress
  An order is placed, then paid, then shipped, then delivered, and no step can be skipped. An order can be cancelled until it has shipped.

  Background:
    Given a newly placed order

  Scenario: a new order
    Then the order is "placed"

  Scenario: the whole journey
    When the customer pays
    And the warehouse ships the order
    And the courier delivers the order
    Then the order is "delivered"

  Scenario: shipping before payment
    When the warehouse ships the order
    Then the step is refused with "the order is not paid yet"
    And the order is "placed"

  Scenario: delivering before shipping
    When the customer pays
    And the courier delivers the order
    Then the step is refused with "the order has not shipped yet"
    And the order is "paid"

  Scenario: cancelling a paid order
    When the customer pays
    And the customer cancels the order
    Then the order is "cancelled"

  Scenario: cancelling after delivery
    When the customer pays
    And the warehouse ships the order
    And the courier delivers the order
    And the customer cancels the order
    Then the step is refused with "the order has already shipped"
    And the order is "delivered"

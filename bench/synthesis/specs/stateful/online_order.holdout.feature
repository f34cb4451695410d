Feature: Order progress
  An order is placed, then paid, then shipped, then delivered, and no step can be skipped. An order can be cancelled until it has shipped.

  Background:
    Given a newly placed order

  Scenario: too late to cancel
    When the customer pays
    And the warehouse ships the order
    And the customer cancels the order
    Then the step is refused with "the order has already shipped"
    And the order is "shipped"

  Scenario: cancelling straight away
    When the customer cancels the order
    Then the order is "cancelled"

  Scenario: delivering an order nobody paid for
    When the courier delivers the order
    Then the step is refused with "the order has not shipped yet"
    And the order is "placed"

  Scenario: shipped but not yet delivered
    When the customer pays
    And the warehouse ships the order
    Then the order is "shipped"

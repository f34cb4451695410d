Feature: Online order status

  Scenario: the normal way
    Given a new order
    Then the status is "placed"
    When the customer pays
    Then the status is "paid"
    When the warehouse ships the order
    Then the status is "shipped"
    When the courier delivers the order
    Then the status is "delivered"

  Scenario: nothing moves before payment
    Given a new order
    When the warehouse ships the order
    Then the action is refused with "not paid yet"
    When the courier delivers the order
    Then the action is refused with "not shipped yet"
    And the status is "placed"

  Scenario: cancelled after paying
    Given a new order
    When the customer pays
    And the customer cancels the order
    Then the status is "cancelled"
    When the warehouse ships the order
    Then the action is refused with "order cancelled"

  Scenario: too late to cancel
    Given a new order
    When the customer pays
    And the warehouse ships the order
    And the customer cancels the order
    Then the action is refused with "already shipped"
    And the status is "shipped"

  Scenario: cancelled before paying
    Given a new order
    When the customer cancels the order
    Then the status is "cancelled"
    When the customer pays
    Then the action is refused with "order cancelled"

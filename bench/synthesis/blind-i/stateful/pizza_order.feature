Feature: Pizza order tracker
  An order goes from "placed" to "in the oven" when the kitchen starts baking,
  to "out for delivery" when the driver picks it up, and to "delivered" when
  the driver hands it over. The customer can cancel only while the order is
  "placed"; later, cancelling is refused with "too late to cancel". A
  cancelled order shows "cancelled" and any further update to it is refused
  with "order is cancelled".

  Scenario: from the oven to the door
    Given a new pizza order
    Then the status is "placed"
    When the kitchen starts baking
    Then the status is "in the oven"
    When the driver picks it up
    And the driver hands it over
    Then the status is "delivered"

  Scenario: changing your mind early
    Given a new pizza order
    When the customer cancels
    Then the status is "cancelled"

  Scenario: changing your mind too late
    Given a new pizza order
    When the kitchen starts baking
    And the customer cancels
    Then the cancellation is refused with "too late to cancel"
    And the status is "in the oven"

  Scenario: the kitchen does not bake a cancelled order
    Given a new pizza order
    When the customer cancels
    And the kitchen starts baking
    Then the update is refused with "order is cancelled"
    And the status is "cancelled"

  Scenario: cancelling after it arrived
    Given a new pizza order
    When the kitchen starts baking
    And the driver picks it up
    And the driver hands it over
    And the customer cancels
    Then the cancellation is refused with "too late to cancel"
    And the status is "delivered"

Feature: Pizza order tracker
  An order goes from "placed" to "in the oven" when the kitchen starts baking,
  to "out for delivery" when the driver picks it up, and to "delivered" when
  the driver hands it over. The customer can cancel only while the order is
  "placed"; later, cancelling is refused with "too late to cancel". A
  cancelled order shows "cancelled" and any further update to it is refused
  with "order is cancelled".

  Scenario: cancelling while it is on the way
    Given a new pizza order
    When the kitchen starts baking
    And the driver picks it up
    And the customer cancels
    Then the cancellation is refused with "too late to cancel"
    And the status is "out for delivery"
    When the driver hands it over
    Then the status is "delivered"

  Scenario: the driver comes for a cancelled order
    Given a new pizza order
    When the customer cancels
    And the driver picks it up
    Then the update is refused with "order is cancelled"
    And the status is "cancelled"

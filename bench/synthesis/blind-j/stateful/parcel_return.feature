Feature: Returning a parcel
  A return starts as "requested". Printing the label makes it "label
  printed", dropping the parcel off makes it "in transit", and when the
  warehouse receives it the return is "refunded" and the item price is paid
  back. A return can be cancelled only while it is "requested" or "label
  printed"; later the cancel is refused with "too late to cancel". A step
  taken out of order is refused with "not possible now".

  Scenario: a return that goes through
    Given a return has been requested for an item costing 24.99
    When the customer prints the label
    And the customer drops the parcel off
    And the warehouse receives the parcel
    Then the return is "refunded"
    And the refund paid is 24.99

  Scenario: changing your mind after printing the label
    Given a return has been requested for an item costing 24.99
    When the customer prints the label
    And the customer cancels the return
    Then the return is "cancelled"
    And the refund paid is 0.00

  Scenario: no label yet
    Given a return has been requested for an item costing 12.50
    When the customer drops the parcel off
    Then the step is refused with "not possible now"
    And the return is "requested"

  Scenario: the parcel is already on its way
    Given a return has been requested for an item costing 39.00
    When the customer prints the label
    And the customer drops the parcel off
    And the customer cancels the return
    Then the step is refused with "too late to cancel"
    And the return is "in transit"
    And the refund paid is 0.00

  Scenario: a cancelled return stays cancelled
    Given a return has been requested for an item costing 5.00
    When the customer cancels the return
    And the customer prints the label
    Then the step is refused with "not possible now"
    And the return is "cancelled"

Feature: Returning a parcel
  A return starts as "requested". Printing the label makes it "label
  printed", dropping the parcel off makes it "in transit", and when the
  warehouse receives it the return is "refunded" and the item price is paid
  back. A return can be cancelled only while it is "requested" or "label
  printed"; later the cancel is refused with "too late to cancel". A step
  taken out of order is refused with "not possible now".

  Scenario: the warehouse cannot receive what was never sent
    Given a return has been requested for an item costing 8.50
    When the customer prints the label
    And the warehouse receives the parcel
    Then the step is refused with "not possible now"
    And the return is "label printed"
    When the customer drops the parcel off
    And the warehouse receives the parcel
    Then the return is "refunded"
    And the refund paid is 8.50

  Scenario: cancelled straight away
    Given a return has been requested for an item costing 60.00
    When the customer cancels the return
    Then the return is "cancelled"
    When the customer drops the parcel off
    Then the step is refused with "not possible now"
    And the refund paid is 0.00

  Scenario: cancelling after the refund
    Given a return has been requested for an item costing 15.00
    When the customer prints the label
    And the customer drops the parcel off
    And the warehouse receives the parcel
    And the customer cancels the return
    Then the step is refused with "too late to cancel"
    And the return is "refunded"
    And the refund paid is 15.00

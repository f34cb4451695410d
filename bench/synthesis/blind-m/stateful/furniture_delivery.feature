Feature: Furniture delivery
  An order is "ordered" until the shop books a delivery day; then it is
  "scheduled for <date>". The customer can move the delivery twice at most; a
  third move is refused with "the delivery can only be moved twice". Moving or
  delivering before a day is booked is refused with "no delivery day is booked
  yet". A delivered order cannot change any more: "the order has already been
  delivered". The status line starts with the customer's name and the item.

  Scenario: booking a day
    Given Ana has ordered a "corner sofa"
    Then the status reads "Ana's corner sofa: ordered"
    When the shop books delivery for "2026-05-12"
    Then the status reads "Ana's corner sofa: scheduled for 2026-05-12"

  Scenario: moving the delivery
    Given Ana has ordered an "oak table"
    When the shop books delivery for "2026-06-01"
    And Ana moves the delivery to "2026-06-03"
    And Ana moves the delivery to "2026-06-08"
    Then the delivery has been moved 2 times
    When Ana moves the delivery to "2026-06-10"
    Then the change is refused with "the delivery can only be moved twice"
    And the status reads "Ana's oak table: scheduled for 2026-06-08"

  Scenario: after delivery
    Given Omar has ordered a "bookcase"
    When the shop books delivery for "2026-04-20"
    And the van delivers the order
    Then the status reads "Omar's bookcase: delivered"
    When Omar moves the delivery to "2026-04-22"
    Then the change is refused with "the order has already been delivered"

  Scenario: moving before a day is booked
    Given Lee has ordered a "bed frame"
    When Lee moves the delivery to "2026-07-01"
    Then the change is refused with "no delivery day is booked yet"
    When the shop books delivery for "2026-07-02"
    And Lee moves the delivery to "2026-07-05"
    Then the delivery has been moved 1 time
    When the van delivers the order
    Then the status reads "Lee's bed frame: delivered"

  Scenario: the van comes too soon
    Given Omar has ordered an "armchair"
    When the van delivers the order
    Then the change is refused with "no delivery day is booked yet"
    And the status reads "Omar's armchair: ordered"
    And the delivery has been moved 0 times

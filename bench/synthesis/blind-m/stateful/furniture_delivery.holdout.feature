Feature: Furniture delivery
  An order is "ordered" until the shop books a delivery day; then it is
  "scheduled for <date>". The customer can move the delivery twice at most; a
  third move is refused with "the delivery can only be moved twice". Moving or
  delivering before a day is booked is refused with "no delivery day is booked
  yet". A delivered order cannot change any more: "the order has already been
  delivered". The status line starts with the customer's name and the item.

  Scenario: delivered once only
    Given Bea has ordered a "wardrobe"
    When the shop books delivery for "2026-09-09"
    And Bea moves the delivery to "2026-09-14"
    Then the delivery has been moved 1 time
    When the van delivers the order
    And the van delivers the order
    Then the change is refused with "the order has already been delivered"
    And the status reads "Bea's wardrobe: delivered"

  Scenario: a garden bench on the move
    Given Cal has ordered a "garden bench"
    When Cal moves the delivery to "2026-08-01"
    Then the change is refused with "no delivery day is booked yet"
    When the shop books delivery for "2026-08-03"
    And Cal moves the delivery to "2026-08-04"
    And Cal moves the delivery to "2026-08-05"
    And Cal moves the delivery to "2026-08-06"
    Then the change is refused with "the delivery can only be moved twice"
    And the delivery has been moved 2 times
    And the status reads "Cal's garden bench: scheduled for 2026-08-05"

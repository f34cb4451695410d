Feature: Sheep sale pens
  At the mart every pen holds up to 20 sheep. A lot arriving for the sale is
  penned whole, never split, in the lowest-numbered pen that still has room for
  all of it. A lot that fits in no pen is turned away. A sold lot leaves its
  pen, which frees the room.

  Scenario: filling three pens
    Given 3 empty pens
    When lot "F1" of 20 sheep arrives
    And lot "F2" of 20 sheep arrives
    And lot "F3" of 11 sheep arrives
    And lot "F4" of 9 sheep arrives
    Then lot "F4" is in pen 3
    When lot "F5" of 3 sheep arrives
    Then the office says "no pen has room for 3 sheep"

  Scenario: room freed by a sale
    Given 2 empty pens
    When lot "G1" of 6 sheep arrives
    And lot "G2" of 10 sheep arrives
    Then lot "G2" is in pen 1
    When lot "G1" is sold
    And lot "G3" of 10 sheep arrives
    Then lot "G3" is in pen 1
    And the sheep in pen 1 are 20

  Scenario: sold twice
    Given 2 empty pens
    When lot "H1" of 17 sheep arrives
    And lot "H1" is sold
    And lot "H1" is sold
    Then the office says "lot H1 is not penned"
    And the sheep in pen 1 are 0
    When lot "H2" of 19 sheep arrives
    Then lot "H2" is in pen 1

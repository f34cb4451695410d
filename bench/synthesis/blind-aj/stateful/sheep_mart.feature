Feature: Sheep sale pens
  At the mart every pen holds up to 20 sheep. A lot arriving for the sale is
  penned whole, never split, in the lowest-numbered pen that still has room for
  all of it. A lot that fits in no pen is turned away. A sold lot leaves its
  pen, which frees the room.

  Scenario: the first lots
    Given 3 empty pens
    When lot "A1" of 12 sheep arrives
    And lot "A2" of 8 sheep arrives
    Then lot "A2" is in pen 1
    And the sheep in pen 1 are 20

  Scenario: the next pen along
    Given 3 empty pens
    When lot "B1" of 15 sheep arrives
    And lot "B2" of 10 sheep arrives
    Then lot "B2" is in pen 2
    When lot "B3" of 5 sheep arrives
    Then lot "B3" is in pen 1

  Scenario: no room
    Given 2 empty pens
    When lot "C1" of 18 sheep arrives
    And lot "C2" of 16 sheep arrives
    And lot "C3" of 6 sheep arrives
    Then the office says "no pen has room for 6 sheep"
    And the sheep in pen 2 are 16

  Scenario: a sold lot
    Given 2 empty pens
    When lot "D1" of 20 sheep arrives
    And lot "D2" of 9 sheep arrives
    And lot "D1" is sold
    Then the sheep in pen 1 are 0
    When lot "D3" of 14 sheep arrives
    Then lot "D3" is in pen 1

  Scenario: a lot that is not penned
    Given 3 empty pens
    When lot "E1" of 7 sheep arrives
    And lot "E2" is sold
    Then the office says "lot E2 is not penned"
    And the sheep in pen 1 are 7

Feature: Honesty box
  A roadside stall sells jam at 3.50 a jar and honey at 6.00 a jar. Buyers take jars and leave
  the money in the box. The farmer restocks the shelves, which hold 12 jars each, and empties
  the box.

  Background:
    Given the "jam" shelf holds 6
    And the "honey" shelf holds 4
    And the box holds 0.00

  Scenario: one of each and a collection
    When a buyer pays for 3 of the "jam"
    And a buyer pays for 2 of the "honey"
    Then the box holds 22.50
    When the farmer empties the box
    Then the farmer collects 22.50
    When the farmer adds 6 to the "jam" shelf
    Then the "jam" shelf holds 9

  Scenario: a full shelf of honey sold at once
    When the farmer adds 8 to the "honey" shelf
    Then the "honey" shelf holds 12
    When the farmer adds 3 to the "honey" shelf
    Then the stall refuses with "the honey shelf is full"
    When a buyer pays for 13 of the "honey"
    Then the stall refuses with "only 12 honey jars left"
    When a buyer pays for 12 of the "honey"
    Then the box holds 72.00

  Scenario: nothing to collect yet
    When the farmer empties the box
    Then the stall refuses with "the box is already empty"
    When a buyer pays for 4 of the "honey"
    Then the "honey" shelf holds 0
    And the box holds 24.00
    When a buyer pays for 2 of the "honey"
    Then the stall refuses with "the honey shelf is empty"
    When the farmer adds 7 to the "jam" shelf
    Then the stall refuses with "the jam shelf has room for only 6 more"
    When the farmer adds 6 to the "jam" shelf
    Then the "jam" shelf holds 12

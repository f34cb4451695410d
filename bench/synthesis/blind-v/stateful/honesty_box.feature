Feature: Honesty box
  A roadside stall sells jam at 3.50 a jar and honey at 6.00 a jar. Buyers take jars and leave
  the money in the box. The farmer restocks the shelves, which hold 12 jars each, and empties
  the box.

  Background:
    Given the "jam" shelf holds 6
    And the "honey" shelf holds 4
    And the box holds 0.00

  Scenario: a couple of buyers
    When a buyer pays for 2 of the "jam"
    Then the "jam" shelf holds 4
    And the box holds 7.00
    When a buyer pays for 3 of the "honey"
    Then the "honey" shelf holds 1
    And the box holds 25.00

  Scenario: restocking the jam
    When the farmer adds 4 to the "jam" shelf
    Then the "jam" shelf holds 10
    When the farmer adds 3 to the "jam" shelf
    Then the stall refuses with "the jam shelf has room for only 2 more"
    When the farmer adds 2 to the "jam" shelf
    Then the "jam" shelf holds 12
    When the farmer adds 2 to the "jam" shelf
    Then the stall refuses with "the jam shelf is full"
    When a buyer pays for 13 of the "jam"
    Then the stall refuses with "only 12 jam jars left"

  Scenario: the honey runs out
    When a buyer pays for 5 of the "honey"
    Then the stall refuses with "only 4 honey jars left"
    When a buyer pays for 4 of the "honey"
    Then the "honey" shelf holds 0
    And the box holds 24.00
    When a buyer pays for 2 of the "honey"
    Then the stall refuses with "the honey shelf is empty"
    When the farmer adds 12 to the "honey" shelf
    And the farmer adds 2 to the "honey" shelf
    Then the stall refuses with "the honey shelf is full"
    And the "honey" shelf holds 12

  Scenario: emptying the box
    When a buyer pays for 6 of the "jam"
    Then the box holds 21.00
    When the farmer empties the box
    Then the farmer collects 21.00
    And the box holds 0.00
    When the farmer empties the box
    Then the stall refuses with "the box is already empty"
    When a buyer pays for 2 of the "jam"
    Then the stall refuses with "the jam shelf is empty"
    When the farmer adds 5 to the "jam" shelf
    Then the "jam" shelf holds 5
    When the farmer adds 9 to the "honey" shelf
    Then the stall refuses with "the honey shelf has room for only 8 more"
    And the "honey" shelf holds 4

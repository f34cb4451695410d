Feature: Trip meter
  The dashboard shows the car's total distance and two trip distances, A and B, all in km with
  one decimal. Either trip can be reset to 0.0 on its own; the total never resets, but after
  99999.9 it rolls over to 0.0.

  Scenario: both trips reset at different times
    Given the total reads 20000.0 km and both trips read 0.0 km
    When the car is driven 15.5 km
    And trip B is reset
    And the car is driven 7.2 km
    And trip A is reset
    And the car is driven 0.8 km
    Then trip A reads 0.8 km
    And trip B reads 8.0 km
    And the total reads 20023.5 km

  Scenario: rolling over exactly
    Given the total reads 99999.0 km and both trips read 0.0 km
    When the car is driven 1.0 km
    Then the total reads 0.0 km
    When the car is driven 12.3 km
    Then the total reads 12.3 km
    And trip A reads 13.3 km

  Scenario: a round number then both resets
    Given the total reads 777.7 km and both trips read 0.0 km
    When the car is driven 22.3 km
    Then the total reads 800.0 km
    When trip A is reset
    And trip B is reset
    And the car is driven 5.5 km
    Then trip A reads 5.5 km
    And trip B reads 5.5 km

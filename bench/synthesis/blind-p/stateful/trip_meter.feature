Feature: Trip meter
  The dashboard shows the car's total distance and two trip distances, A and B, all in km with
  one decimal. Either trip can be reset to 0.0 on its own; the total never resets, but after
  99999.9 it rolls over to 0.0.

  Scenario: a short drive
    Given the total reads 12345.6 km and both trips read 0.0 km
    When the car is driven 12.4 km
    Then the total reads 12358.0 km
    And trip A reads 12.4 km
    And trip B reads 12.4 km

  Scenario: resetting trip A on the way
    Given the total reads 500.0 km and both trips read 0.0 km
    When the car is driven 30.5 km
    And trip A is reset
    And the car is driven 4.7 km
    Then trip A reads 4.7 km
    And trip B reads 35.2 km
    And the total reads 535.2 km

  Scenario: resetting trip B twice
    Given the total reads 88.8 km and both trips read 0.0 km
    When the car is driven 0.3 km
    And trip B is reset
    And the car is driven 100.0 km
    And trip B is reset
    And the car is driven 9.9 km
    Then trip B reads 9.9 km
    And trip A reads 110.2 km
    And the total reads 199.0 km

  Scenario: the total rolls over
    Given the total reads 99990.0 km and both trips read 0.0 km
    When the car is driven 9.9 km
    Then the total reads 99999.9 km
    When the car is driven 0.1 km
    Then the total reads 0.0 km
    And trip A reads 10.0 km

  Scenario: rolling over in the middle of a drive
    Given the total reads 99998.5 km and both trips read 0.0 km
    When the car is driven 3.0 km
    And trip A is reset
    And the car is driven 2.2 km
    Then the total reads 3.7 km
    And trip A reads 2.2 km
    And trip B reads 5.2 km

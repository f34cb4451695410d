Feature: Espresso machine
  The machine has to heat up after it is switched on before it makes coffee. A full
  tank is enough for six single shots, and a double shot uses as much as two.

  Scenario: the first coffee of the day
    Given the machine is "off"
    And the tank is filled to 6 on the gauge
    When the power button is pressed
    Then the light shows "heating"
    When the machine finishes heating
    And a double shot is made
    Then the light shows "ready"
    And the water gauge shows 4

  Scenario: too keen
    Given the machine is "off"
    And the tank is filled to 6 on the gauge
    When a single shot is made
    Then the machine beeps "the machine is off"
    When the power button is pressed
    And a single shot is made
    Then the machine beeps "still heating up"
    And the light shows "heating"

  Scenario: running out of water
    Given the machine is "ready"
    And the tank is filled to 3 on the gauge
    When a double shot is made
    Then the water gauge shows 1
    When a double shot is made
    Then the machine beeps "please refill the water tank"
    When a single shot is made
    Then the water gauge shows 0
    When the tank is refilled
    Then the water gauge shows 6

  Scenario: switching off and on again
    Given the machine is "ready"
    And the tank is filled to 5 on the gauge
    When the power button is pressed
    Then the light shows "off"
    When the power button is pressed
    Then the light shows "heating"

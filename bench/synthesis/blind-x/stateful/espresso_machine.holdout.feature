Feature: Espresso machine
  The machine has to heat up after it is switched on before it makes coffee. A full
  tank is enough for six single shots, and a double shot uses as much as two.

  Scenario: a refill between cups
    Given the machine is "off"
    And the tank is filled to 2 on the gauge
    When the power button is pressed
    And the machine finishes heating
    And a single shot is made
    And a single shot is made
    Then the water gauge shows 0
    When a single shot is made
    Then the machine beeps "please refill the water tank"
    When the tank is refilled
    And a double shot is made
    Then the water gauge shows 4

  Scenario: switched off by mistake
    Given the machine is "ready"
    And the tank is filled to 6 on the gauge
    When the power button is pressed
    And a double shot is made
    Then the machine beeps "the machine is off"
    And the water gauge shows 6
    And the light shows "off"

  Scenario: waiting for it to warm up
    Given the machine is "heating"
    And the tank is filled to 4 on the gauge
    When a double shot is made
    Then the machine beeps "still heating up"
    When the machine finishes heating
    And a double shot is made
    And a double shot is made
    Then the water gauge shows 0
    And the light shows "ready"

Feature: Petrol pump
  Unleaded is 1.45 a litre. Drivers fill up first and pay at the kiosk afterwards.

  Scenario: two drivers one after the other
    Given the pump is "idle"
    When the nozzle is lifted
    And 25 litres are pumped
    And the nozzle is hung up
    And the driver pays at the kiosk
    And the nozzle is lifted
    And 4 litres are pumped
    Then the amount owed is 5.80
    And the pump shows "ready"

  Scenario: paying twice
    Given the pump is "idle"
    When the nozzle is lifted
    And 2 litres are pumped
    And 50 litres are pumped
    And the nozzle is hung up
    Then the amount owed is 75.40
    When the driver pays at the kiosk
    And the driver pays at the kiosk
    Then the pump says "nothing to pay for"
    And the pump shows "idle"

  Scenario: a van fills up
    Given the pump is "idle"
    When 15 litres are pumped
    Then the pump says "lift the nozzle first"
    When the nozzle is lifted
    And 60 litres are pumped
    And the nozzle is hung up
    And the nozzle is lifted
    Then the pump says "this pump is waiting for payment"
    And the pump shows "awaiting payment"
    And the amount owed is 87.00

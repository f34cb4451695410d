Feature: Petrol pump
  Unleaded is 1.45 a litre. Drivers fill up first and pay at the kiosk afterwards.

  Scenario: filling up and paying
    Given the pump is "idle"
    When the nozzle is lifted
    And 40 litres are pumped
    And the nozzle is hung up
    Then the pump shows "awaiting payment"
    And the amount owed is 58.00
    When the driver pays at the kiosk
    Then the pump shows "idle"
    And the amount owed is 0.00

  Scenario: pumping before lifting the nozzle
    Given the pump is "idle"
    When 10 litres are pumped
    Then the pump says "lift the nozzle first"
    When the nozzle is lifted
    Then the pump shows "ready"
    When 12 litres are pumped
    And 8 litres are pumped
    Then the amount owed is 29.00

  Scenario: the next driver has to wait
    Given the pump is "idle"
    When the nozzle is lifted
    And 30 litres are pumped
    And the nozzle is hung up
    And the nozzle is lifted
    Then the pump says "this pump is waiting for payment"
    And the amount owed is 43.50

  Scenario: changing your mind
    Given the pump is "idle"
    When the driver pays at the kiosk
    Then the pump says "nothing to pay for"
    When the nozzle is lifted
    And the nozzle is hung up
    Then the pump shows "idle"

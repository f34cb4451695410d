Feature: Camper van water tanks
  The fresh tank holds 100 litres and the grey tank 80. Water run at the tap comes out of
  the fresh tank and goes into the grey tank, and the tap is refused when either tank
  cannot take the whole amount. Filling tops the fresh tank up to 100; emptying drains the
  grey tank.

  Scenario: showers for two
    Given the fresh tank has 25 litres and the grey tank 65 litres
    When 20 litres are run at the tap
    Then the tap is refused with "the grey tank only has room for 15 litres"
    When 15 litres are run at the tap
    Then the fresh tank has 10 litres
    And the grey tank has 80 litres
    When 4 litres are run at the tap
    Then the tap is refused with "the grey tank is full"
    When the grey tank is emptied
    And 4 litres are run at the tap
    Then the fresh tank has 6 litres
    And the grey tank has 4 litres

  Scenario: arriving with an empty tank
    Given the fresh tank has 0 litres and the grey tank 30 litres
    When 5 litres are run at the tap
    Then the tap is refused with "the fresh tank is empty"
    When the fresh tank is filled
    And 45 litres are run at the tap
    Then the fresh tank has 55 litres
    And the grey tank has 75 litres

  Scenario: a kettle too many
    Given the fresh tank has 8 litres and the grey tank 10 litres
    When 9 litres are run at the tap
    Then the tap is refused with "only 8 litres of fresh water"
    When 8 litres are run at the tap
    And the fresh tank is filled
    Then the fresh tank has 100 litres
    And the grey tank has 18 litres

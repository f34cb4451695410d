Feature: Camper van water tanks
  The fresh tank holds 100 litres and the grey tank 80. Water run at the tap comes out of
  the fresh tank and goes into the grey tank, and the tap is refused when either tank
  cannot take the whole amount. Filling tops the fresh tank up to 100; emptying drains the
  grey tank.

  Scenario: washing up
    Given the fresh tank has 60 litres and the grey tank 20 litres
    When 15 litres are run at the tap
    And 10 litres are run at the tap
    Then the fresh tank has 35 litres
    And the grey tank has 45 litres

  Scenario: running dry
    Given the fresh tank has 12 litres and the grey tank 0 litres
    When 20 litres are run at the tap
    Then the tap is refused with "only 12 litres of fresh water"
    When 12 litres are run at the tap
    Then the fresh tank has 0 litres
    When 2 litres are run at the tap
    Then the tap is refused with "the fresh tank is empty"
    When the fresh tank is filled
    Then the fresh tank has 100 litres
    And the grey tank has 12 litres

  Scenario: a full grey tank
    Given the fresh tank has 90 litres and the grey tank 70 litres
    When 15 litres are run at the tap
    Then the tap is refused with "the grey tank only has room for 10 litres"
    When 10 litres are run at the tap
    Then the grey tank has 80 litres
    When 5 litres are run at the tap
    Then the tap is refused with "the grey tank is full"
    When the grey tank is emptied
    And 5 litres are run at the tap
    Then the fresh tank has 75 litres
    And the grey tank has 5 litres

  Scenario: filling part way
    Given the fresh tank has 40 litres and the grey tank 50 litres
    When the fresh tank is filled
    Then the fresh tank has 100 litres
    When 30 litres are run at the tap
    Then the grey tank has 80 litres
    When the grey tank is emptied
    Then the grey tank has 0 litres
    And the fresh tank has 70 litres

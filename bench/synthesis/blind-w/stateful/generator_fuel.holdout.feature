Feature: Generator fuel
  The tank holds 20 litres and the generator burns 2 litres an hour. A run it has not got
  the fuel for is not started.

  Scenario: half an hour short
    Given the tank has 6 litres
    When 11 litres are poured in
    And the generator runs for 9 hours
    Then the generator complains "only enough fuel for 8 hours"
    And the tank has 17 litres

  Scenario: topping right up
    Given the tank has 18 litres
    When 4 litres are poured in
    Then the generator complains "room for only 2 litres"
    When the generator runs for 4 hours
    And 10 litres are poured in
    And 2 litres are poured in
    Then the generator complains "the tank is full"
    And the tank has 20 litres

  Scenario: run dry then refilled
    Given the tank has 0 litres
    When 8 litres are poured in
    And the generator runs for 4 hours
    And the generator runs for 3 hours
    Then the generator complains "the tank is empty"
    When 5 litres are poured in
    Then the tank has 5 litres

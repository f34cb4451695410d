Feature: Generator fuel
  The tank holds 20 litres and the generator burns 2 litres an hour. A run it has not got
  the fuel for is not started.

  Scenario: an evening run
    Given the tank has 10 litres
    When the generator runs for 3 hours
    And 12 litres are poured in
    Then the tank has 16 litres

  Scenario: overfilling
    Given the tank has 10 litres
    When 14 litres are poured in
    Then the generator complains "room for only 10 litres"
    When 10 litres are poured in
    And 3 litres are poured in
    Then the generator complains "the tank is full"
    And the tank has 20 litres

  Scenario: too long a run
    Given the tank has 8 litres
    When the generator runs for 5 hours
    Then the generator complains "only enough fuel for 4 hours"
    When the generator runs for 2 hours
    Then the tank has 4 litres

  Scenario: an odd amount left
    Given the tank has 20 litres
    When the generator runs for 6 hours
    And 5 litres are poured in
    And the generator runs for 7 hours
    Then the generator complains "only enough fuel for 6 hours"
    And the tank has 13 litres

  Scenario: from empty
    Given the tank has 0 litres
    When the generator runs for 2 hours
    Then the generator complains "the tank is empty"
    When 20 litres are poured in
    And the generator runs for 10 hours
    Then the tank has 0 litres

Feature: Car park barrier

  Scenario: the last space goes
    Given a car park with 3 spaces
    And 1 cars are already parked
    When a car drives in
    And a car drives in
    And a car drives in
    Then the barrier stays closed
    And the sign shows 0 free spaces

  Scenario: a space frees up
    Given a car park with 5 spaces
    And 5 cars are already parked
    When a car drives out
    And a car drives in
    Then the barrier opens
    And the sign shows 0 free spaces

  Scenario: quiet afternoon
    Given a car park with 20 spaces
    And 4 cars are already parked
    When a car drives out
    And a car drives out
    Then the sign shows 18 free spaces

Feature: Car park barrier

  Scenario: a car drives in
    Given a car park with 50 spaces
    When a car drives in
    Then the barrier opens
    And the sign shows 49 free spaces

  Scenario: cars coming and going
    Given a car park with 50 spaces
    When a car drives in
    And a car drives in
    And a car drives out
    Then the sign shows 49 free spaces

  Scenario: filling up
    Given a car park with 2 spaces
    When a car drives in
    And a car drives in
    Then the sign shows 0 free spaces

  Scenario: no entry when full
    Given a car park with 2 spaces
    And 2 cars are already parked
    When a car drives in
    Then the barrier stays closed
    And the sign shows 0 free spaces

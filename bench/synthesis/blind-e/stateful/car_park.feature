Feature: Car park barrier

  Scenario: cars driving in take spaces
    Given a car park with 3 spaces
    When the car "KL-01" drives in
    And the car "MN-02" drives in
    Then the free spaces are 1
    And the sign shows "FREE"

  Scenario: a full car park
    Given a car park with 2 spaces
    When the car "KL-01" drives in
    And the car "MN-02" drives in
    Then the free spaces are 0
    And the sign shows "FULL"
    When the car "PQ-03" drives in
    Then the barrier stays shut with "car park full"
    When the car "KL-01" drives out
    And the car "PQ-03" drives in
    Then the free spaces are 0

  Scenario: the same car cannot come in twice
    Given a car park with 5 spaces
    When the car "KL-01" drives in
    And the car "KL-01" drives in
    Then the barrier stays shut with "already inside"
    And the free spaces are 4

  Scenario: a car that is not inside cannot leave
    Given a car park with 4 spaces
    When the car "XY-99" drives out
    Then the barrier stays shut with "not in the car park"
    And the free spaces are 4
    And the sign shows "FREE"

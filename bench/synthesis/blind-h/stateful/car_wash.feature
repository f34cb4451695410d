Feature: Car wash card

  Scenario: the first wash
    Given a new car wash card
    When the car is washed
    Then that wash cost 8.00
    And the card count is 1

  Scenario: the fifth wash
    Given a car wash card with 4 washes on it
    When the car is washed
    Then that wash cost 0.00
    And the card count is 5

  Scenario: around the free wash
    Given a car wash card with 3 washes on it
    When the car is washed
    Then that wash cost 8.00
    When the car is washed
    Then that wash cost 0.00
    When the car is washed
    Then that wash cost 8.00
    And the card count is 6

  Scenario: five washes on a new card
    Given a new car wash card
    When the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    Then the driver has paid 32.00 so far
    And the card count is 5

  Scenario: the tenth wash
    Given a car wash card with 9 washes on it
    When the car is washed
    Then that wash cost 0.00
    And the card count is 10

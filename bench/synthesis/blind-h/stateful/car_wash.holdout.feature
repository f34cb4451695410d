Feature: Car wash card

  Scenario: ten washes on a new card
    Given a new car wash card
    When the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    Then the driver has paid 40.00 so far
    When the car is washed
    And the car is washed
    And the car is washed
    And the car is washed
    Then the driver has paid 64.00 so far
    And the card count is 10

  Scenario: the fifteenth and sixteenth washes
    Given a car wash card with 14 washes on it
    When the car is washed
    Then that wash cost 0.00
    When the car is washed
    Then that wash cost 8.00
    And the card count is 16

  Scenario: a card with no washes yet
    Given a car wash card with 0 washes on it
    When the car is washed
    Then that wash cost 8.00
    And the card count is 1

Feature: Hand gel dispenser
  The gel dispenser by the ward door takes a pouch good for 400 pumps. Its light
  is green, turns amber once 40 pumps or fewer are left and red when the pouch
  is empty. Porters only swap a pouch that is low, so no gel is wasted.

  Scenario: a fresh pouch
    Given a dispenser with a full pouch
    When someone presses the dispenser
    And someone presses the dispenser
    Then the pumps left are 398
    And the light is "green"

  Scenario: running low
    Given a dispenser whose pouch has 45 pumps left
    When 5 people use the dispenser
    Then the pumps left are 40
    And the light is "amber"

  Scenario: an empty pouch
    Given a dispenser whose pouch has 3 pumps left
    When 3 people use the dispenser
    Then the light is "red"
    When someone presses the dispenser
    Then the display says "the pouch is empty"
    And the pumps left are 0

  Scenario: swapping a low pouch
    Given a dispenser whose pouch has 12 pumps left
    When the pouch is swapped
    Then the pumps left are 400
    And the light is "green"

  Scenario: a pouch that is not low yet
    Given a dispenser whose pouch has 41 pumps left
    When the pouch is swapped
    Then the display says "the pouch is not low yet"
    When someone presses the dispenser
    Then the pumps left are 40
    And the light is "amber"

Feature: Hand gel dispenser
  The gel dispenser by the ward door takes a pouch good for 400 pumps. Its light
  is green, turns amber once 40 pumps or fewer are left and red when the pouch
  is empty. Porters only swap a pouch that is low, so no gel is wasted.

  Scenario: a busy doorway
    Given a dispenser with a full pouch
    When 360 people use the dispenser
    Then the pumps left are 40
    And the light is "amber"
    When the pouch is swapped
    Then the pumps left are 400

  Scenario: a pouch run dry
    Given a dispenser whose pouch has 2 pumps left
    When someone presses the dispenser
    And someone presses the dispenser
    And someone presses the dispenser
    Then the display says "the pouch is empty"
    And the light is "red"
    When the pouch is swapped
    Then the pumps left are 400

  Scenario: just above low
    Given a dispenser whose pouch has 50 pumps left
    When 9 people use the dispenser
    Then the pumps left are 41
    And the light is "green"
    When the pouch is swapped
    Then the display says "the pouch is not low yet"

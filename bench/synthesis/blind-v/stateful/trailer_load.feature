Feature: Trailer load
  The trailer may carry at most 750 kg. Each item is loaded with its weight and can be
  unloaded again by name.

  Scenario: loading and unloading
    Given an empty trailer
    When the "mower" is loaded at 120 kg
    And the "fridge" is loaded at 85 kg
    Then the load is 205 kg
    And the room left is 545 kg
    When the "mower" is unloaded
    Then the load is 85 kg

  Scenario: up to the limit
    Given an empty trailer
    When the "piano" is loaded at 500 kg
    And the "freezer" is loaded at 260 kg
    Then the driver says "only 250 kg of room left"
    And the load is 500 kg
    When the "freezer" is loaded at 250 kg
    Then the load is 750 kg
    And the room left is 0 kg
    When the "rake" is loaded at 3 kg
    Then the driver says "the trailer is full"

  Scenario: the same item twice and an item that is not there
    Given an empty trailer
    When the "sofa" is loaded at 60 kg
    And the "sofa" is loaded at 40 kg
    Then the driver says "the sofa is already on the trailer"
    When the "table" is unloaded
    Then the driver says "there is no table on the trailer"
    When the "sofa" is unloaded
    And the "sofa" is unloaded
    Then the driver says "there is no sofa on the trailer"
    And the load is 0 kg

  Scenario: emptying the trailer
    Given an empty trailer
    When the "cabinet" is loaded at 300 kg
    And the "cooker" is loaded at 400 kg
    And the trailer is emptied
    Then the load is 0 kg
    And the room left is 750 kg
    When the "cabinet" is loaded at 350 kg
    Then the load is 350 kg

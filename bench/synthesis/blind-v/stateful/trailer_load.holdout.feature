Feature: Trailer load
  The trailer may carry at most 750 kg. Each item is loaded with its weight and can be
  unloaded again by name.

  Scenario: making room for the ladder
    Given an empty trailer
    When the "shed" is loaded at 90 kg
    And the "boat" is loaded at 600 kg
    And the "ladder" is loaded at 70 kg
    Then the driver says "only 60 kg of room left"
    When the "shed" is unloaded
    And the "ladder" is loaded at 70 kg
    Then the load is 670 kg
    And the room left is 80 kg

  Scenario: one digger filling the trailer
    Given an empty trailer
    When the "digger" is loaded at 750 kg
    Then the load is 750 kg
    When the "spade" is loaded at 2 kg
    Then the driver says "the trailer is full"
    When the trailer is emptied
    And the "digger" is unloaded
    Then the driver says "there is no digger on the trailer"
    And the room left is 750 kg

  Scenario: one bike is enough
    Given an empty trailer
    When the "bike" is loaded at 15 kg
    And the "bike" is loaded at 15 kg
    Then the driver says "the bike is already on the trailer"
    When the "mixer" is loaded at 25 kg
    And the "bike" is unloaded
    Then the load is 25 kg
    And the room left is 725 kg

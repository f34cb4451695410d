Feature: Company car keys
  Staff sign the keys of the van, the estate and the hatchback out and back in at
  reception. Nobody has more than one car at a time.

  Scenario: two cars go out
    Given all three cars are at reception
    When Priya signs out the van
    And Dan signs out the hatchback
    Then the van is with Priya
    And the hatchback is with Dan
    And the key board is holding 1

  Scenario: a car that is already out
    Given Priya has the van
    When Dan signs out the van
    Then reception says "the van is already out"
    When Priya signs out the estate
    Then reception says "Priya already has the van"
    And the key board is holding 2

  Scenario: bringing the keys back
    Given Dan has the estate
    When Dan returns the estate
    Then the estate is at reception
    When Dan returns the estate
    Then reception says "Dan does not have the estate"
    And the key board is holding 3

  Scenario: swapping cars
    Given Priya has the van
    And Dan has the hatchback
    When Dan returns the van
    Then reception says "Dan does not have the van"
    When Dan returns the hatchback
    And Dan signs out the estate
    Then the estate is with Dan
    And the hatchback is at reception
    And the key board is holding 1

Feature: Pancake stack

  Scenario: a second helping
    Given an empty plate
    When I add a chocolate pancake
    And I add a plain pancake
    And I add a banana pancake
    And I eat a pancake
    And I eat a pancake
    And I add a blueberry pancake
    Then the top pancake is blueberry
    And the last pancake eaten was plain
    And pancakes on the plate: 2

  Scenario: one pancake, two bites
    Given an empty plate
    When I add a banana pancake
    And I eat a pancake
    And I eat a pancake
    Then I am told "the plate is empty"

  Scenario: eating after a near topple
    Given an empty plate
    When I add a plain pancake
    And I add a banana pancake
    And I add a blueberry pancake
    And I add a chocolate pancake
    And I add a plain pancake
    Then I am told "the stack would topple"
    When I eat a pancake
    Then the top pancake is blueberry
    And the last pancake eaten was chocolate

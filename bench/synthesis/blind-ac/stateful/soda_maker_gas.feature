Feature: Soda maker gas
  A full gas cylinder is good for 60 presses. A bottle is only fizzed if there is gas left
  for all the presses wanted. The bottle count counts the bottles fizzed.

  Scenario: two bottles from a new cylinder
    Given a full gas cylinder
    When a bottle is fizzed with 3 presses
    And a bottle is fizzed with 4 presses
    Then the presses left are 53
    And the bottle count is 2

  Scenario: running low
    Given the cylinder has 10 presses left
    When a bottle is fizzed with 4 presses
    And a bottle is fizzed with 5 presses
    And a bottle is fizzed with 3 presses
    Then the maker warns "not enough gas for that"
    And the presses left are 1
    And the bottle count is 2

  Scenario: an empty cylinder
    Given the cylinder has 6 presses left
    When a bottle is fizzed with 6 presses
    And a bottle is fizzed with 2 presses
    Then the maker warns "the cylinder is empty"
    When the cylinder is swapped for a full one
    And a bottle is fizzed with 2 presses
    Then the presses left are 58
    And the bottle count is 2

  Scenario: swapping early
    Given the cylinder has 5 presses left
    When the cylinder is swapped for a full one
    And a bottle is fizzed with 5 presses
    Then the presses left are 55
    And the bottle count is 1

Feature: Soda maker gas
  A full gas cylinder is good for 60 presses. A bottle is only fizzed if there is gas left
  for all the presses wanted. The bottle count counts the bottles fizzed.

  Scenario: three bottles
    Given a full gas cylinder
    When a bottle is fizzed with 2 presses
    And a bottle is fizzed with 5 presses
    And a bottle is fizzed with 4 presses
    Then the presses left are 49
    And the bottle count is 3

  Scenario: down to the last press
    Given the cylinder has 9 presses left
    When a bottle is fizzed with 8 presses
    And a bottle is fizzed with 2 presses
    Then the maker warns "not enough gas for that"
    When the cylinder is swapped for a full one
    And a bottle is fizzed with 7 presses
    Then the presses left are 53
    And the bottle count is 2

  Scenario: empty, then full twice over
    Given the cylinder has 3 presses left
    When a bottle is fizzed with 3 presses
    And a bottle is fizzed with 4 presses
    Then the maker warns "the cylinder is empty"
    When the cylinder is swapped for a full one
    And the cylinder is swapped for a full one
    Then the presses left are 60
    And the bottle count is 1

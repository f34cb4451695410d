Feature: Stairlift
  The stairlift carries a rider between the bottom and the top of the stairs. It only
  rides with the seat folded down and the belt fastened, and the belt can only be fastened
  on a folded-down seat. The seat folds up only once the belt is unfastened. An empty chair
  with its seat folded up can be called to either end.

  Scenario: getting ready to ride up
    Given the chair is parked at the "bottom" with the seat folded up
    When the rider rides up
    Then the stairlift beeps "fold the seat down first"
    When the rider folds the seat down
    And the rider rides up
    Then the stairlift beeps "fasten the belt first"
    When the rider fastens the belt
    And the rider rides up
    Then the chair is at the "top"

  Scenario: riding down and getting off
    Given the chair is parked at the "top" with the seat folded up
    When the rider folds the seat down
    And the rider rides down
    Then the stairlift beeps "fasten the belt first"
    When the rider fastens the belt
    And the rider folds the seat up
    Then the stairlift beeps "unfasten the belt first"
    When the rider rides down
    And the rider rides down
    Then the stairlift beeps "the chair is already at the bottom"
    When the rider unfastens the belt
    Then the belt is "unfastened"
    When the rider folds the seat up
    Then the seat is "up"
    And the chair is at the "bottom"

  Scenario: calling the chair
    Given the chair is parked at the "top" with the seat folded up
    When the chair is called down
    Then the chair is at the "bottom"
    When the chair is called down
    Then the stairlift beeps "the chair is already at the bottom"
    When the chair is called up
    And the chair is called up
    Then the stairlift beeps "the chair is already at the top"
    And the chair is at the "top"
    And the seat is "up"

  Scenario: the belt needs the seat down
    Given the chair is parked at the "bottom" with the seat folded up
    When the rider fastens the belt
    Then the stairlift beeps "fold the seat down first"
    When the rider folds the seat down
    And the rider fastens the belt
    And the rider rides up
    And the rider rides up
    Then the stairlift beeps "the chair is already at the top"
    And the belt is "fastened"

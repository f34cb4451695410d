Feature: Flexi-time bank
  Extra hours worked go into the flexi bank, which holds up to 20 hours. Time off comes out
  of the bank and cannot be taken before the hours are in it.

  Scenario: building up hours
    Given the flexi balance stands at 0
    When 3 extra hours are worked
    And 5 extra hours are worked
    Then the flexi balance stands at 8

  Scenario: not enough banked
    Given the flexi balance stands at 6
    When 8 hours are taken off
    Then the system says "only 6 hours in the bank"
    And the flexi balance stands at 6
    When 4 hours are taken off
    Then the flexi balance stands at 2

  Scenario: the bank fills up
    Given the flexi balance stands at 15
    When 7 extra hours are worked
    Then the system says "the bank can only take 5 more hours"
    When 5 extra hours are worked
    Then the flexi balance stands at 20
    When 2 extra hours are worked
    Then the system says "the bank is full"

  Scenario: nothing banked yet
    Given the flexi balance stands at 0
    When 2 hours are taken off
    Then the system says "nothing in the bank"
    When 9 extra hours are worked
    And 7 hours are taken off
    Then the flexi balance stands at 2

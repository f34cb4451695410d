Feature: Flexi-time bank
  Extra hours worked go into the flexi bank, which holds up to 20 hours. Time off comes out
  of the bank and cannot be taken before the hours are in it.

  Scenario: a long weekend off
    Given the flexi balance stands at 12
    When 10 hours are taken off
    Then the flexi balance stands at 2
    When 3 hours are taken off
    Then the system says "only 2 hours in the bank"
    When 18 extra hours are worked
    Then the flexi balance stands at 20

  Scenario: a full bank
    Given the flexi balance stands at 20
    When 4 extra hours are worked
    Then the system says "the bank is full"
    When 6 hours are taken off
    Then the flexi balance stands at 14
    When 9 extra hours are worked
    Then the system says "the bank can only take 6 more hours"
    When 6 extra hours are worked
    Then the flexi balance stands at 20

  Scenario: from empty to full and back
    Given the flexi balance stands at 0
    When 5 hours are taken off
    Then the system says "nothing in the bank"
    When 20 extra hours are worked
    And 20 hours are taken off
    Then the flexi balance stands at 0

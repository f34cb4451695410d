Feature: Tabletop character health
  A character starts at the maximum of hit points. Damage takes points off, never below 0, and
  healing puts them back, never above the maximum. A character at 0 is down and rolls death saves:
  three successes and they are stable, three failures and they are dead. Healing a character who
  is down or stable gets them back up and clears the saves.

  Scenario: a close call
    Given a character with a maximum of 30 hit points
    When the character takes 12 damage
    And the character takes 9 damage
    And the character is healed for 4
    Then the hit points are 13
    And the character is "up"
    When the character takes 20 damage
    And a death save fails
    And the character is healed for 8
    Then the hit points are 8
    And the failed saves are 0

  Scenario: stable and healed
    Given a character with a maximum of 10 hit points
    When the character is healed for 2
    Then the game master says "the character is already at full health"
    When the character takes 10 damage
    And a death save succeeds
    And a death save succeeds
    And a death save succeeds
    Then the character is "stable"
    When a death save succeeds
    Then the game master says "the character is stable"
    When the character is healed for 6
    Then the hit points are 6

  Scenario: no way back
    Given a character with a maximum of 22 hit points
    When the character takes 40 damage
    And a death save fails
    And a death save succeeds
    And a death save fails
    And a death save fails
    Then the character is "dead"
    When a death save succeeds
    Then the game master says "the character is dead"
    And the failed saves are 3

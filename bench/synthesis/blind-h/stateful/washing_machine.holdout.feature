Feature: Washing machine
  A programme goes through "wash", "rinse" and "spin" and then it is "done".
  The door is locked from the start of a programme until it is done. Opening
  a locked door is refused with "door locked", and a programme cannot start
  with the door open: "close the door first".

  Scenario: unloading after the programme
    Given a washing machine that is idle
    When the programme is started
    And the programme moves on
    Then the stage is "rinse"
    When the door is opened
    Then opening is refused with "door locked"
    When the programme moves on
    And the programme moves on
    Then the stage is "done"
    When the door is opened
    And the programme is started
    Then the start is refused with "close the door first"
    And the stage is "done"

  Scenario: a second load
    Given a washing machine that is idle
    When the programme is started
    And the programme moves on
    And the programme moves on
    And the programme moves on
    And the programme is started
    Then the stage is "wash"
    And the door is locked: yes

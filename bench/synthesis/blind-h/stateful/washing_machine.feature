Feature: Washing machine
  A programme goes through "wash", "rinse" and "spin" and then it is "done".
  The door is locked from the start of a programme until it is done. Opening
  a locked door is refused with "door locked", and a programme cannot start
  with the door open: "close the door first".

  Scenario: starting a programme
    Given a washing machine that is idle
    When the programme is started
    Then the stage is "wash"
    And the door is locked: yes

  Scenario: opening the door during the spin
    Given a washing machine that is idle
    When the programme is started
    And the programme moves on
    And the programme moves on
    Then the stage is "spin"
    When the door is opened
    Then opening is refused with "door locked"
    And the door is locked: yes

  Scenario: starting with the door open
    Given a washing machine that is idle
    When the door is opened
    And the programme is started
    Then the start is refused with "close the door first"
    And the stage is "idle"
    When the door is closed
    And the programme is started
    Then the stage is "wash"

  Scenario: a whole programme
    Given a washing machine that is idle
    When the programme is started
    And the programme moves on
    And the programme moves on
    And the programme moves on
    Then the stage is "done"
    And the door is locked: no
    When the door is opened
    Then the door is locked: no

Feature: Standing desk
  The desk moves between 65 and 125 cm. While it is locked the buttons do nothing but unlock
  it. One height can be saved and brought back later.

  Scenario: up and a little down
    Given a desk at 72 cm, unlocked, with no height saved
    When the desk is raised by 40 cm
    Then the desk is at 112 cm
    When the desk is lowered by 10 cm
    Then the desk is at 102 cm

  Scenario: the top of its range
    Given a desk at 110 cm, unlocked, with no height saved
    When the desk is raised by 20 cm
    Then the display shows "the desk goes up to 125 cm"
    And the desk is at 110 cm
    When the desk is raised by 15 cm
    Then the desk is at 125 cm

  Scenario: the bottom of its range
    Given a desk at 80 cm, unlocked, with no height saved
    When the desk is lowered by 20 cm
    Then the display shows "the desk goes down to 65 cm"
    When the desk is lowered by 15 cm
    Then the desk is at 65 cm
    And the lock light is "off"

  Scenario: back to the saved height
    Given a desk at 75 cm, unlocked, with no height saved
    When the height is saved
    And the desk is raised by 35 cm
    And the desk is locked
    And the saved height is recalled
    Then the display shows "unlock the desk first"
    And the lock light is "on"
    When the desk is unlocked
    And the saved height is recalled
    Then the desk is at 75 cm

  Scenario: nothing saved and locked
    Given a desk at 90 cm, unlocked, with no height saved
    When the saved height is recalled
    Then the display shows "no height is saved"
    When the desk is locked
    And the desk is lowered by 10 cm
    Then the display shows "unlock the desk first"
    And the desk is at 90 cm

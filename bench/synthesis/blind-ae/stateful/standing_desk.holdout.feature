Feature: Standing desk
  The desk moves between 65 and 125 cm. While it is locked the buttons do nothing but unlock
  it. One height can be saved and brought back later.

  Scenario: saving a sitting height
    Given a desk at 100 cm, unlocked, with no height saved
    When the desk is raised by 30 cm
    Then the display shows "the desk goes up to 125 cm"
    When the desk is lowered by 30 cm
    And the height is saved
    And the desk is raised by 50 cm
    Then the desk is at 120 cm
    When the saved height is recalled
    Then the desk is at 70 cm

  Scenario: locked and unlocked again
    Given a desk at 68 cm, unlocked, with no height saved
    When the desk is lowered by 5 cm
    Then the display shows "the desk goes down to 65 cm"
    When the desk is locked
    And the desk is unlocked
    And the desk is raised by 12 cm
    Then the desk is at 80 cm
    And the lock light is "off"

  Scenario: two refusals
    Given a desk at 95 cm, unlocked, with no height saved
    When the desk is locked
    And the desk is lowered by 20 cm
    Then the display shows "unlock the desk first"
    When the desk is unlocked
    And the saved height is recalled
    Then the display shows "no height is saved"
    And the desk is at 95 cm

Feature: Scissor lift
  The platform goes from 0 to 12 metres. It only rises with the outriggers down, and the
  outriggers only come up with the platform fully lowered. The lift only drives with the
  outriggers up.

  Scenario: a short drive before going up
    Given a scissor lift parked with its outriggers up
    When the lift drives 7 metres
    And the outriggers are lowered
    And the platform is raised by 4 metres
    And the platform is raised by 9 metres
    Then the lift refuses with "the platform only goes up to 12 metres"
    And the platform is at 4 metres
    And the lift has driven 7 metres in total

  Scenario: coming down before moving on
    Given a scissor lift parked with its outriggers up
    When the outriggers are lowered
    And the platform is raised by 10 metres
    And the platform is lowered by 3 metres
    Then the platform is at 7 metres
    When the lift drives 2 metres
    Then the lift refuses with "raise the outriggers first"
    When the platform is lowered fully
    And the outriggers are raised
    And the lift drives 2 metres
    Then the lift has driven 2 metres in total

  Scenario: lowered all the way by hand
    Given a scissor lift parked with its outriggers up
    When the outriggers are lowered
    And the platform is raised by 2 metres
    And the outriggers are raised
    Then the lift refuses with "lower the platform first"
    And the outriggers are "down"
    When the platform is lowered by 2 metres
    And the outriggers are raised
    Then the outriggers are "up"
    And the platform is at 0 metres

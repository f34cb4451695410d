Feature: Scissor lift
  The platform goes from 0 to 12 metres. It only rises with the outriggers down, and the
  outriggers only come up with the platform fully lowered. The lift only drives with the
  outriggers up.

  Scenario: working at height
    Given a scissor lift parked with its outriggers up
    When the outriggers are lowered
    And the platform is raised by 8 metres
    And the platform is raised by 3 metres
    Then the platform is at 11 metres
    When the platform is raised by 2 metres
    Then the lift refuses with "the platform only goes up to 12 metres"
    And the platform is at 11 metres
    When the platform is lowered by 5 metres
    Then the platform is at 6 metres

  Scenario: driving needs the outriggers up
    Given a scissor lift parked with its outriggers up
    When the lift drives 15 metres
    And the outriggers are lowered
    And the lift drives 4 metres
    Then the lift refuses with "raise the outriggers first"
    And the lift has driven 15 metres in total
    And the outriggers are "down"

  Scenario: packing up
    Given a scissor lift parked with its outriggers up
    When the outriggers are lowered
    And the platform is raised by 6 metres
    And the outriggers are raised
    Then the lift refuses with "lower the platform first"
    When the platform is lowered by 4 metres
    Then the platform is at 2 metres
    When the platform is lowered fully
    And the outriggers are raised
    And the lift drives 20 metres
    Then the lift has driven 20 metres in total
    And the outriggers are "up"

  Scenario: raising with the outriggers up
    Given a scissor lift parked with its outriggers up
    When the platform is raised by 5 metres
    Then the lift refuses with "lower the outriggers first"
    And the platform is at 0 metres
    When the outriggers are lowered
    And the platform is raised by 12 metres
    Then the platform is at 12 metres
    When the platform is lowered by 13 metres
    Then the lift refuses with "the platform is not that high"
    And the platform is at 12 metres

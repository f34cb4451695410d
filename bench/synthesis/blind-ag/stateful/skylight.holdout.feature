Feature: Motorised skylight
  The skylight opens anywhere up to 100 percent. When the rain sensor gets wet the skylight
  shuts and cannot be opened until the rain stops, and it does not open again by itself.

  Scenario: closing a skylight the rain has shut
    Given a shut skylight in dry weather
    When the skylight is opened to 90 percent
    And the skylight is opened to 35 percent
    And rain is detected
    And the skylight is closed
    Then the skylight refuses with "the skylight is already shut"
    And the rain sensor reads "wet"

  Scenario: a passing shower
    Given a shut skylight in dry weather
    When rain is detected
    And the rain stops
    And the skylight is opened to 150 percent
    Then the skylight refuses with "the skylight opens at most 100 percent"
    When the skylight is opened to 55 percent
    Then the opening is 55 percent

  Scenario: rain again
    Given a shut skylight in dry weather
    When the skylight is opened to 25 percent
    And rain is detected
    And the rain stops
    And rain is detected
    Then the opening is 0 percent
    When the skylight is opened to 80 percent
    Then the skylight refuses with "the skylight stays shut while it rains"
    And the rain sensor reads "wet"

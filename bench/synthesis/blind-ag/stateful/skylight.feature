Feature: Motorised skylight
  The skylight opens anywhere up to 100 percent. When the rain sensor gets wet the skylight
  shuts and cannot be opened until the rain stops, and it does not open again by itself.

  Scenario: opening and adjusting
    Given a shut skylight in dry weather
    When the skylight is opened to 40 percent
    And the skylight is opened to 75 percent
    Then the opening is 75 percent
    When the skylight is closed
    Then the opening is 0 percent

  Scenario: rain shuts it
    Given a shut skylight in dry weather
    When the skylight is opened to 60 percent
    And rain is detected
    Then the opening is 0 percent
    And the rain sensor reads "wet"
    When the skylight is opened to 30 percent
    Then the skylight refuses with "the skylight stays shut while it rains"
    And the opening is 0 percent

  Scenario: after the rain
    Given a shut skylight in dry weather
    When the skylight is opened to 100 percent
    And rain is detected
    And the rain stops
    Then the opening is 0 percent
    And the rain sensor reads "dry"
    When the skylight is opened to 20 percent
    Then the opening is 20 percent

  Scenario: things it will not do
    Given a shut skylight in dry weather
    When the skylight is closed
    Then the skylight refuses with "the skylight is already shut"
    When the skylight is opened to 120 percent
    Then the skylight refuses with "the skylight opens at most 100 percent"
    And the opening is 0 percent

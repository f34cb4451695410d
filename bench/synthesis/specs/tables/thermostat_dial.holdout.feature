Feature: Thermostat dial

  Scenario Outline: turning the dial
    Given the thermostat is set to <setting> degrees
    And the dial is turned by <turn> degrees
    When the new setting is applied
    Then the display shows <new_setting> degrees

    Examples:
      | setting | turn | new_setting |
      | 25      | 10   | 30          |
      | 8       | -1   | 7           |
      | 5       | -6   | 5           |
      | 21      | -5   | 16          |

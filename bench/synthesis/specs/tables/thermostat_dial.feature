Feature: Thermostat dial
  The dial turns the set temperature up or down, but the thermostat only goes from 5 to 30 degrees.

  Scenario Outline: turning the dial
    Given the thermostat is set to <setting> degrees
    And the dial is turned by <turn> degrees
    When the new setting is applied
    Then the display shows <new_setting> degrees

    Examples:
      | setting | turn | new_setting |
      | 20      | 2    | 22          |
      | 28      | 5    | 30          |
      | 6       | -4   | 5           |
      | 18      | -3   | 15          |
      | 30      | 1    | 30          |
      | 10      | -10  | 5           |
      | 12      | 4    | 16          |

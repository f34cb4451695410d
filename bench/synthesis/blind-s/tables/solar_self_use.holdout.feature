Feature: Solar self-use
  Self-use is the share of the day's solar generation that the home used itself, as a
  percentage to one decimal place. Whatever was not used went out to the grid.

  Scenario Outline: summing up a day of solar power
    Given the panels generated <generated> kWh today
    And the home used <used> kWh of it
    When the solar day is summed up
    Then the self-use is "<share>"
    And the export is <exported> kWh

    Examples:
      | generated | used | share  | exported |
      | 10.0      | 2.5  | 25.0%  | 7.5      |
      | 7.0       | 3.0  | 42.9%  | 4.0      |
      | 15.3      | 15.3 | 100.0% | 0.0      |
      | 4.8       | 0.0  | 0.0%   | 4.8      |
      | 26.4      | 19.9 | 75.4%  | 6.5      |
      | 11.0      | 1.0  | 9.1%   | 10.0     |

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
      | 12.0      | 6.0  | 50.0%  | 6.0      |
      | 9.0       | 3.0  | 33.3%  | 6.0      |
      | 9.0       | 6.0  | 66.7%  | 3.0      |
      | 14.2      | 14.2 | 100.0% | 0.0      |
      | 8.4       | 0.0  | 0.0%   | 8.4      |
      | 21.7      | 5.3  | 24.4%  | 16.4     |
      | 3.1       | 2.9  | 93.5%  | 0.2      |
      | 17.5      | 7.0  | 40.0%  | 10.5     |
      | 6.6       | 1.1  | 16.7%  | 5.5      |

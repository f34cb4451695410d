Feature: Units of alcohol
  The units in a drink are its volume in millilitres times its strength in percent,
  divided by 1000, rounded to one decimal place.

  Scenario Outline: units in a drink
    Given a drink of <ml> ml at "<strength>"
    When the units are worked out
    Then the drink counts as <units> units

    Examples:
      | ml  | strength | units |
      | 568 | 4%       | 2.3   |
      | 568 | 5.2%     | 3.0   |
      | 175 | 12%      | 2.1   |
      | 250 | 13.5%    | 3.4   |
      | 440 | 5%       | 2.2   |
      | 25  | 40%      | 1.0   |
      | 750 | 12.5%    | 9.4   |
      | 125 | 11%      | 1.4   |
      | 330 | 0.5%     | 0.2   |

Feature: Units of alcohol
  The units in a drink are its volume in millilitres times its strength in percent,
  divided by 1000, rounded to one decimal place.

  Scenario Outline: units in a drink
    Given a drink of <ml> ml at "<strength>"
    When the units are worked out
    Then the drink counts as <units> units

    Examples:
      | ml   | strength | units |
      | 1000 | 40%      | 40.0  |
      | 284  | 4.5%     | 1.3   |
      | 70   | 37.5%    | 2.6   |
      | 660  | 4.8%     | 3.2   |
      | 50   | 20%      | 1.0   |
      | 3000 | 8.4%     | 25.2  |

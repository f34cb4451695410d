Feature: Bike gears
  The ratio is the chainring teeth divided by the sprocket teeth, shown to two decimals. Gear
  inches are the exact ratio times a 27-inch wheel, rounded to a whole number.

  Scenario Outline: working out a gear
    Given a chainring with <front> teeth
    And a rear sprocket with <rear> teeth
    When the gear is worked out
    Then the ratio is <ratio>
    And the gear is <inches> inches

    Examples:
      | front | rear | ratio | inches |
      | 52    | 17   | 3.06  | 83     |
      | 40    | 19   | 2.11  | 57     |
      | 46    | 15   | 3.07  | 83     |
      | 24    | 36   | 0.67  | 18     |
      | 38    | 13   | 2.92  | 79     |
      | 28    | 14   | 2.00  | 54     |

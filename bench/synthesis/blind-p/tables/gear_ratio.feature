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
      | 50    | 25   | 2.00  | 54     |
      | 53    | 11   | 4.82  | 130    |
      | 39    | 21   | 1.86  | 50     |
      | 34    | 28   | 1.21  | 33     |
      | 44    | 16   | 2.75  | 74     |
      | 36    | 23   | 1.57  | 42     |
      | 22    | 34   | 0.65  | 17     |
      | 48    | 13   | 3.69  | 100    |
      | 30    | 30   | 1.00  | 27     |

Feature: Food hygiene rating
  After an inspection a kitchen is given penalty points, and fewer points mean a better rating.
  Up to 15 points is a 5, up to 20 a 4, up to 30 a 3, up to 40 a 2, up to 50 a 1 and
  anything above 50 a 0.

  Scenario Outline: the rating after an inspection
    Given the inspectors gave <points> penalty points
    When the rating is worked out
    Then the rating on the sticker is <rating>

    Examples:
      | points | rating |
      | 8      | 5      |
      | 18     | 4      |
      | 27     | 3      |
      | 35     | 2      |
      | 45     | 1      |
      | 75     | 0      |

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
      | 0      | 5      |
      | 15     | 5      |
      | 16     | 4      |
      | 20     | 4      |
      | 21     | 3      |
      | 30     | 3      |
      | 40     | 2      |
      | 50     | 1      |
      | 51     | 0      |

Feature: Hand grip test
  Each hand squeezes the grip meter twice, and the better of its two
  squeezes counts. The stronger hand is the one whose better squeeze is
  higher, or "neither" when the two are equal, and the difference is the
  gap between the two better squeezes.

  Scenario Outline: comparing the two hands
    Given the left hand squeezes <left1> kg and then <left2> kg
    And the right hand squeezes <right1> kg and then <right2> kg
    When the grip test is scored
    Then the stronger hand is "<hand>"
    And the difference between the hands is <difference> kg

    Examples:
      | left1 | left2 | right1 | right2 | hand    | difference |
      | 36.5  | 35.0  | 36.0   | 37.0   | right   | 0.5        |
      | 29.5  | 30.0  | 30.0   | 28.5   | neither | 0.0        |
      | 42.0  | 40.0  | 33.5   | 34.0   | left    | 8.0        |
      | 20.5  | 23.0  | 23.5   | 19.0   | right   | 0.5        |
      | 38.0  | 38.5  | 38.5   | 38.5   | neither | 0.0        |
      | 47.0  | 51.5  | 44.0   | 45.0   | left    | 6.5        |

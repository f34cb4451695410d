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
      | 30.5  | 32.0  | 34.5   | 33.0   | right   | 2.5        |
      | 41.0  | 39.5  | 38.0   | 40.5   | left    | 0.5        |
      | 28.0  | 28.0  | 27.5   | 28.0   | neither | 0.0        |
      | 22.5  | 25.0  | 25.0   | 21.0   | neither | 0.0        |
      | 45.5  | 44.0  | 36.0   | 37.5   | left    | 8.0        |
      | 18.0  | 19.5  | 26.5   | 24.0   | right   | 7.0        |
      | 33.0  | 35.5  | 35.0   | 34.5   | left    | 0.5        |
      | 50.0  | 47.5  | 49.5   | 52.5   | right   | 2.5        |
      | 26.0  | 31.5  | 31.0   | 29.0   | left    | 0.5        |

Feature: Ladder footing
  The foot of a leaning ladder goes out a quarter of its length from the wall, to the
  nearest tenth of a metre, halves going up.

  Scenario Outline: how far out to stand the ladder
    Given a ladder <length> m long
    When the footing is worked out
    Then the foot stands <distance> m from the wall

    Examples:
      | length | distance |
      | 2.5    | 0.6      |
      | 3.4    | 0.9      |
      | 4.6    | 1.2      |
      | 5.9    | 1.5      |
      | 6.6    | 1.7      |
      | 8.0    | 2.0      |

Feature: Ladder footing
  The foot of a leaning ladder goes out a quarter of its length from the wall, to the
  nearest tenth of a metre, halves going up.

  Scenario Outline: how far out to stand the ladder
    Given a ladder <length> m long
    When the footing is worked out
    Then the foot stands <distance> m from the wall

    Examples:
      | length | distance |
      | 2.0    | 0.5      |
      | 2.9    | 0.7      |
      | 3.0    | 0.8      |
      | 3.8    | 1.0      |
      | 4.0    | 1.0      |
      | 4.2    | 1.1      |
      | 5.0    | 1.3      |
      | 6.1    | 1.5      |
      | 7.4    | 1.9      |

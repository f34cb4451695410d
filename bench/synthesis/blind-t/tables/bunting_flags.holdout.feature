Feature: Bunting flags
  Flags are sewn on the string side by side, as many as fit, with the same gap between
  neighbours and no gap at either end. Whatever string is not used is left over.

  Scenario Outline: planning the bunting
    Given a string <length> cm long
    And flags <width> cm wide
    And a gap of <gap> cm between flags
    When the bunting is planned
    Then the number of flags is <flags>
    And the string left over is <left> cm

    Examples:
      | length | width | gap | flags | left |
      | 240    | 20    | 10  | 8     | 10   |
      | 350    | 25    | 10  | 10    | 10   |
      | 129    | 15    | 6   | 6     | 9    |
      | 800    | 30    | 0   | 26    | 20   |
      | 155    | 20    | 7   | 6     | 0    |
      | 710    | 28    | 14  | 17    | 10   |

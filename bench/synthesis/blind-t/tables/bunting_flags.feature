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
      | 300    | 20    | 10  | 10    | 10   |
      | 290    | 20    | 10  | 10    | 0    |
      | 289    | 20    | 10  | 9     | 29   |
      | 500    | 25    | 5   | 16    | 25   |
      | 100    | 15    | 0   | 6     | 10   |
      | 75     | 15    | 5   | 4     | 0    |
      | 1000   | 30    | 12  | 24    | 4    |
      | 60     | 18    | 8   | 2     | 16   |
      | 400    | 22    | 6   | 14    | 14   |

Feature: Room signs

  Scenario Outline: the code on a room sign
    Given the room is in "<building>"
    And it is on floor <floor>
    And it is room <room> on that floor
    When the sign is made
    Then the sign code is "<code>"

    Examples:
      | building                    | floor | room | code      |
      | Jubilee Wing                | 0     | 30   | JW-G.30   |
      | Annexe                      | 2     | 5    | A-2.05    |
      | Harris Building             | 6     | 2    | HB-6.02   |
      | Main Teaching Centre        | 5     | 18   | MTC-5.18  |
      | Sports Hall                 | 1     | 6    | SH-1.06   |
      | North Lecture Theatre Block | 3     | 40   | NLTB-3.40 |

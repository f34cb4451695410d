Feature: Room signs

  Scenario Outline: the code on a room sign
    Given the room is in "<building>"
    And it is on floor <floor>
    And it is room <room> on that floor
    When the sign is made
    Then the sign code is "<code>"

    Examples:
      | building             | floor | room | code     |
      | Harris Building      | 2     | 7    | HB-2.07  |
      | Harris Building      | 0     | 12   | HB-G.12  |
      | Old Library          | 1     | 3    | OL-1.03  |
      | Old Library          | 2     | 21   | OL-2.21  |
      | Science Block        | 3     | 15   | SB-3.15  |
      | Science Block        | 0     | 9    | SB-G.09  |
      | Main Teaching Centre | 0     | 4    | MTC-G.04 |
      | Jubilee Wing         | 4     | 10   | JW-4.10  |
      | Annexe               | 1     | 1    | A-1.01   |

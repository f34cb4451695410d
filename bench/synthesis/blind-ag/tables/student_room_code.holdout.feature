Feature: Student room codes
  A room code is the block letter, a dash, the floor and then the room number on that floor
  padded to two digits. The ground floor is written G.

  Scenario Outline: writing the code on a key tag
    Given a room in block "<block>"
    And the room is on floor <floor>
    And it is room <room> on that floor
    When the room code is written
    Then the code is "<code>"

    Examples:
      | block | floor | room | code  |
      | D     | 5     | 8    | D-508 |
      | A     | 0     | 40   | A-G40 |
      | G     | 7     | 21   | G-721 |
      | B     | 0     | 9    | B-G09 |
      | H     | 3     | 3    | H-303 |
      | E     | 6     | 16   | E-616 |

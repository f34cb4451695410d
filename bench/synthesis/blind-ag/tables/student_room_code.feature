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
      | A     | 0     | 7    | A-G07 |
      | C     | 3     | 14   | C-314 |
      | B     | 1     | 1    | B-101 |
      | D     | 0     | 12   | D-G12 |
      | A     | 9     | 99   | A-999 |
      | E     | 2     | 5    | E-205 |
      | F     | 0     | 1    | F-G01 |
      | B     | 4     | 30   | B-430 |
      | C     | 1     | 10   | C-110 |

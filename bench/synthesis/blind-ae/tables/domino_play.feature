Feature: Playing a domino
  A tile can be played when one of its halves matches the open end of the line; its other
  half then becomes the open end. A tile that does not match leaves the open end as it was.

  Scenario Outline: trying a tile
    Given the open end shows <end>
    And the tile is <left> and <right>
    When the player tries the tile
    Then it can be played: <playable>
    And the new open end is <newend>

    Examples:
      | end | left | right | playable | newend |
      | 3   | 3    | 5     | yes      | 5      |
      | 3   | 5    | 3     | yes      | 5      |
      | 6   | 6    | 6     | yes      | 6      |
      | 0   | 2    | 4     | no       | 0      |
      | 0   | 0    | 1     | yes      | 1      |
      | 4   | 1    | 2     | no       | 4      |
      | 2   | 4    | 2     | yes      | 4      |
      | 5   | 5    | 0     | yes      | 0      |
      | 1   | 6    | 6     | no       | 1      |

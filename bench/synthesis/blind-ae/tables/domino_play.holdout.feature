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
      | 6   | 6    | 2     | yes      | 2      |
      | 2   | 3    | 4     | no       | 2      |
      | 4   | 0    | 4     | yes      | 0      |
      | 1   | 1    | 1     | yes      | 1      |
      | 5   | 2    | 3     | no       | 5      |
      | 0   | 6    | 0     | yes      | 6      |

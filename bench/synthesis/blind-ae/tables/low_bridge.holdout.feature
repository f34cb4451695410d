Feature: Low bridge
  A vehicle may go under the bridge only when it is at least 0.10 m lower than the height
  on the sign. The margin is the sign height minus the vehicle height, in centimetres.

  Scenario Outline: checking a vehicle at the bridge
    Given the bridge sign says <sign> m
    And the vehicle is <height> m high
    When the driver checks the bridge
    Then it may pass: <pass>
    And the margin is <margin> cm

    Examples:
      | sign | height | pass | margin |
      | 4.00 | 3.95   | no   | 5      |
      | 4.00 | 3.90   | yes  | 10     |
      | 3.70 | 3.71   | no   | -1     |
      | 4.80 | 4.20   | yes  | 60     |
      | 3.30 | 3.50   | no   | -20    |
      | 4.60 | 4.49   | yes  | 11     |

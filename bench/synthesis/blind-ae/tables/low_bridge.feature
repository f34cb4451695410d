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
      | 4.20 | 3.80   | yes  | 40     |
      | 4.20 | 4.10   | yes  | 10     |
      | 4.20 | 4.11   | no   | 9      |
      | 3.60 | 3.60   | no   | 0      |
      | 3.60 | 3.75   | no   | -15    |
      | 5.00 | 2.50   | yes  | 250    |
      | 4.45 | 4.36   | no   | 9      |
      | 4.45 | 4.35   | yes  | 10     |
      | 3.90 | 3.05   | yes  | 85     |

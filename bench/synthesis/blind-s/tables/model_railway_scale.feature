Feature: Model railway scale

  Scenario Outline: how long the model of a wagon comes out
    Given the real wagon is <metres> m long
    And the model is built to a scale of "<scale>"
    When the model length is worked out
    Then the model is <mm> mm long

    Examples:
      | metres | scale | mm  |
      | 20     | 1:76  | 263 |
      | 12.5   | 1:76  | 164 |
      | 4.2    | 1:76  | 55  |
      | 7.6    | 1:76  | 100 |
      | 20     | 1:87  | 230 |
      | 15.2   | 1:87  | 175 |
      | 20     | 1:148 | 135 |
      | 23     | 1:148 | 155 |
      | 9.9    | 1:148 | 67  |

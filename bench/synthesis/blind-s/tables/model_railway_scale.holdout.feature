Feature: Model railway scale

  Scenario Outline: how long the model of a wagon comes out
    Given the real wagon is <metres> m long
    And the model is built to a scale of "<scale>"
    When the model length is worked out
    Then the model is <mm> mm long

    Examples:
      | metres | scale | mm  |
      | 18     | 1:76  | 237 |
      | 3.5    | 1:76  | 46  |
      | 11     | 1:87  | 126 |
      | 26.1   | 1:87  | 300 |
      | 14.8   | 1:148 | 100 |
      | 6.3    | 1:148 | 43  |

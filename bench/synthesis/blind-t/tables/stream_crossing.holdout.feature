Feature: Stream crossing

  Scenario Outline: advice at the ford
    Given the stream is <depth> cm deep at the ford
    When the walk leader checks the crossing
    Then the advice is "<advice>"

    Examples:
      | depth | advice                  |
      | 5     | cross on foot           |
      | 18    | cross on foot           |
      | 27    | cross with poles        |
      | 40    | cross with poles        |
      | 52    | use the bridge upstream |
      | 110   | use the bridge upstream |

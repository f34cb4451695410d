Feature: Stream crossing

  Scenario Outline: advice at the ford
    Given the stream is <depth> cm deep at the ford
    When the walk leader checks the crossing
    Then the advice is "<advice>"

    Examples:
      | depth | advice                  |
      | 0     | cross on foot           |
      | 12    | cross on foot           |
      | 20    | cross on foot           |
      | 21    | cross with poles        |
      | 33    | cross with poles        |
      | 45    | cross with poles        |
      | 46    | use the bridge upstream |
      | 80    | use the bridge upstream |

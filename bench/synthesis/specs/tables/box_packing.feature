Feature: Packing screws for dispatch

  Scenario Outline: only full boxes leave the warehouse
    Given <screws> screws on the shelf
    And boxes that hold <size> screws each
    When the screws are packed
    Then <boxes> full boxes are dispatched
    And <left> screws stay on the shelf

    Examples:
      | screws | size | boxes | left |
      | 100    | 25   | 4     | 0    |
      | 110    | 25   | 4     | 10   |
      | 24     | 25   | 0     | 24   |
      | 50     | 12   | 4     | 2    |
      | 7      | 7    | 1     | 0    |
      | 0      | 10   | 0     | 0    |

Feature: Packing screws for dispatch

  Scenario Outline: only full boxes leave the warehouse
    Given <screws> screws on the shelf
    And boxes that hold <size> screws each
    When the screws are packed
    Then <boxes> full boxes are dispatched
    And <left> screws stay on the shelf

    Examples:
      | screws | size | boxes | left |
      | 1000   | 30   | 33    | 10   |
      | 99     | 10   | 9     | 9    |
      | 5      | 6    | 0     | 5    |
      | 144    | 12   | 12    | 0    |

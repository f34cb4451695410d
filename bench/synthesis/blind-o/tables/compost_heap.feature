Feature: Compost heap thermometer

  Scenario Outline: reading the dial
    Given the middle of the heap is at <degrees> degrees
    When the compost thermometer is read
    Then the dial points to "<zone>"

    Examples:
      | degrees | zone    |
      | 4       | cold    |
      | 19      | cold    |
      | 20      | warm    |
      | 31      | warm    |
      | 44      | warm    |
      | 45      | active  |
      | 65      | active  |
      | 66      | too hot |
      | 78      | too hot |

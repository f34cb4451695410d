Feature: Compost heap thermometer

  Scenario Outline: reading the dial
    Given the middle of the heap is at <degrees> degrees
    When the compost thermometer is read
    Then the dial points to "<zone>"

    Examples:
      | degrees | zone    |
      | 0       | cold    |
      | 12      | cold    |
      | 38      | warm    |
      | 52      | active  |
      | 60      | active  |
      | 70      | too hot |

Feature: Meat thermometer

  Scenario Outline: how the steak is done
    Given the probe reads <temperature> degrees
    When the doneness is read
    Then the display shows "<doneness>"

    Examples:
      | temperature | doneness    |
      | 48          | rare        |
      | 51          | rare        |
      | 52          | medium rare |
      | 56          | medium rare |
      | 57          | medium      |
      | 62          | medium      |
      | 63          | medium well |
      | 67          | medium well |
      | 68          | well done   |

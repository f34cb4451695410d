Feature: Meat thermometer

  Scenario Outline: how the steak is done
    Given the probe reads <temperature> degrees
    When the doneness is read
    Then the display shows "<doneness>"

    Examples:
      | temperature | doneness    |
      | 45          | rare        |
      | 54          | medium rare |
      | 60          | medium      |
      | 65          | medium well |
      | 72          | well done   |
      | 53          | medium rare |

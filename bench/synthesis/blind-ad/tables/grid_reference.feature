Feature: Grid references for walks
  The GPS gives a grid reference of two letters, five figures east and five figures
  north. A shorter reference keeps the letters and the first figures of each half, cut
  off and never rounded, with a space between the parts.

  Scenario Outline: writing down a reference
    Given the GPS shows "<gps>"
    And the walk leader wants <figures> figures
    When the reference is written down
    Then the reference is "<reference>"

    Examples:
      | gps            | figures | reference      |
      | SU 12345 67890 | 6       | SU 123 678     |
      | SU 12345 67890 | 4       | SU 12 67       |
      | SU 12345 67890 | 8       | SU 1234 6789   |
      | SU 12345 67890 | 10      | SU 12345 67890 |
      | NY 21597 07269 | 6       | NY 215 072     |
      | TQ 30089 80456 | 4       | TQ 30 80       |
      | SD 99999 09999 | 6       | SD 999 099     |
      | NN 16667 71283 | 8       | NN 1666 7128   |
      | SH 60952 54376 | 6       | SH 609 543     |

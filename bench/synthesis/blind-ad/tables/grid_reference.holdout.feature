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
      | SK 05471 98322 | 6       | SK 054 983     |
      | TG 50880 08760 | 4       | TG 50 08       |
      | NS 59998 65001 | 8       | NS 5999 6500   |
      | HY 44930 10955 | 10      | HY 44930 10955 |
      | SX 91739 92696 | 6       | SX 917 926     |
      | NZ 27476 63899 | 4       | NZ 27 63       |

Feature: Plasterboard for a wall
  Our sheets are 2.4 m by 1.2 m, so 2.88 square metres each. Take the doors and
  windows off the wall area, add 10% for cutting and round up to whole sheets.
  Every sheet takes 30 screws, and screws come in boxes of 200.

  Scenario Outline: ordering sheets and screws
    Given a wall of <area> square metres
    And openings of <openings> square metres
    When the order is worked out
    Then the number of sheets is <sheets>
    And the number of screw boxes is <boxes>

    Examples:
      | area | openings | sheets | boxes |
      | 2.0  | 0.0      | 1      | 1     |
      | 18.0 | 0.0      | 7      | 2     |
      | 26.1 | 0.0      | 10     | 2     |
      | 26.2 | 0.0      | 11     | 2     |
      | 15.0 | 2.0      | 5      | 1     |
      | 15.0 | 1.9      | 6      | 1     |
      | 40.0 | 4.0      | 14     | 3     |
      | 33.0 | 3.6      | 12     | 2     |
      | 52.4 | 0.0      | 21     | 4     |

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
      | 8.0  | 0.0      | 4      | 1     |
      | 24.0 | 1.5      | 9      | 2     |
      | 52.0 | 0.0      | 20     | 3     |
      | 5.2  | 0.0      | 2      | 1     |
      | 45.0 | 6.2      | 15     | 3     |
      | 70.0 | 5.0      | 25     | 4     |

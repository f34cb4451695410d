Feature: Pick location labels

  Scenario Outline: the label on a shelf
    Given aisle <aisle>, bay <bay>, shelf level <level>
    When the location label is printed
    Then the label reads "<label>"

    Examples:
      | aisle | bay | level | label    |
      | 2     | 1   | 1     | 02-001-A |
      | 45    | 318 | 4     | 45-318-D |
      | 11    | 64  | 6     | 11-064-F |
      | 6     | 9   | 5     | 06-009-E |
      | 30    | 400 | 2     | 30-400-B |
      | 99    | 999 | 7     | 99-999-G |

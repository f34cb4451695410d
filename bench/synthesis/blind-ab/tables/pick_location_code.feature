Feature: Pick location labels

  Scenario Outline: the label on a shelf
    Given aisle <aisle>, bay <bay>, shelf level <level>
    When the location label is printed
    Then the label reads "<label>"

    Examples:
      | aisle | bay | level | label    |
      | 3     | 12  | 1     | 03-012-A |
      | 3     | 12  | 2     | 03-012-B |
      | 14    | 7   | 3     | 14-007-C |
      | 1     | 140 | 4     | 01-140-D |
      | 9     | 99  | 5     | 09-099-E |
      | 10    | 100 | 1     | 10-100-A |
      | 22    | 5   | 2     | 22-005-B |
      | 7     | 250 | 3     | 07-250-C |

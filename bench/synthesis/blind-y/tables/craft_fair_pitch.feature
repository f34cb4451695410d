Feature: Craft fair pitch codes

  Scenario Outline: making a pitch code
    Given a stall booked in the "<hall>"
    And it is stall <stall> in row <row>
    When the pitch code is made
    Then the pitch code is "<code>"

    Examples:
      | hall           | row | stall | code    |
      | Main Hall      | 3   | 7     | MA03-07 |
      | Barn           | 1   | 12    | BA01-12 |
      | Garden Marquee | 10  | 4     | GA10-04 |
      | Orangery       | 12  | 30    | OR12-30 |
      | Main Hall      | 5   | 18    | MA05-18 |
      | Courtyard      | 2   | 1     | CO02-01 |
      | Barn           | 8   | 25    | BA08-25 |
      | Long Room      | 11  | 9     | LO11-09 |

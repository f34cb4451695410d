Feature: Craft fair pitch codes

  Scenario Outline: making a pitch code
    Given a stall booked in the "<hall>"
    And it is stall <stall> in row <row>
    When the pitch code is made
    Then the pitch code is "<code>"

    Examples:
      | hall           | row | stall | code    |
      | Courtyard      | 6   | 33    | CO06-33 |
      | Long Room      | 1   | 2     | LO01-02 |
      | Orangery       | 4   | 40    | OR04-40 |
      | Garden Marquee | 9   | 15    | GA09-15 |
      | Main Hall      | 12  | 5     | MA12-05 |
      | Barn           | 7   | 7     | BA07-07 |

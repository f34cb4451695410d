Feature: Picking an order
  An order ships complete when the shelf covers it, ships partly when there is some stock, and goes on backorder when there is none.

  Scenario Outline: what the warehouse does with an order
    Given <stock> units on the shelf
    And a customer orders <ordered> units
    When the order is picked
    Then the order is marked "<status>"

    Examples:
      | stock | ordered | status    |
      | 0     | 1       | backorder |
      | 1     | 2       | partial   |
      | 7     | 7       | complete  |
      | 999   | 1000    | partial   |
      | 0     | 40      | backorder |

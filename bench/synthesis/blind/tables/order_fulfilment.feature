Feature: Picking an order
  An order ships complete when the shelf covers it, ships partly when there is some stock, and goes on backorder when there is none.

  Scenario Outline: what the warehouse does with an order
    Given <stock> units on the shelf
    And a customer orders <ordered> units
    When the order is picked
    Then the order is marked "<status>"

    Examples:
      | stock | ordered | status    |
      | 10    | 5       | complete  |
      | 5     | 5       | complete  |
      | 3     | 5       | partial   |
      | 0     | 5       | backorder |
      | 100   | 250     | partial   |
      | 40    | 1       | complete  |

Feature: Picking list headline
  The headline says "nothing left" when no items remain to be picked, "1 item" for one, and otherwise the number followed by "items".

  Scenario Outline: the headline of a picker's list
    Given <count> items are still to be picked
    When the picking list headline is shown
    Then the headline reads "<headline>"

    Examples:
      | count | headline     |
      | 0     | nothing left |
      | 1     | 1 item       |
      | 2     | 2 items      |
      | 5     | 5 items      |
      | 12    | 12 items     |

Feature: Picking list headline
  The headline says "nothing left" when no items remain to be picked, "1 item" for one, and otherwise the number followed by "items".

  Scenario Outline: the headline of a picker's list
    Given <count> items are still to be picked
    When the picking list headline is shown
    Then the headline reads "<headline>"

    Examples:
      | count | headline  |
      | 3     | 3 items   |
      | 100   | 100 items |
      | 21    | 21 items  |

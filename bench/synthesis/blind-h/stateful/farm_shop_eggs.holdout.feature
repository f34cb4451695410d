Feature: Eggs at the farm shop
  The shop counts boxes of eggs. A sale of more boxes than are on the shelf is
  refused with "only N left", N being the boxes on the shelf. Below 5 boxes
  the farm must be asked for more.

  Scenario: a busy Saturday
    Given the shop has 15 boxes of eggs
    When a customer buys 4 boxes
    And a customer buys 6 boxes
    Then there are 5 boxes on the shelf
    And a reorder is needed: no
    When a customer buys 6 boxes
    Then the sale is refused with "only 5 left"
    When the farm delivers 3 boxes
    Then there are 8 boxes on the shelf

  Scenario: a small delivery
    Given the shop has 3 boxes of eggs
    Then a reorder is needed: yes
    When the farm delivers 2 boxes
    Then a reorder is needed: no
    When a customer buys 5 boxes
    Then there are 0 boxes on the shelf
    And a reorder is needed: yes

Feature: Eggs at the farm shop
  The shop counts boxes of eggs. A sale of more boxes than are on the shelf is
  refused with "only N left", N being the boxes on the shelf. Below 5 boxes
  the farm must be asked for more.

  Scenario: an ordinary sale
    Given the shop has 12 boxes of eggs
    When a customer buys 3 boxes
    Then there are 9 boxes on the shelf
    And a reorder is needed: no

  Scenario: dropping below five
    Given the shop has 6 boxes of eggs
    When a customer buys 1 boxes
    Then there are 5 boxes on the shelf
    And a reorder is needed: no
    When a customer buys 1 boxes
    Then there are 4 boxes on the shelf
    And a reorder is needed: yes

  Scenario: not enough boxes
    Given the shop has 2 boxes of eggs
    When a customer buys 3 boxes
    Then the sale is refused with "only 2 left"
    And there are 2 boxes on the shelf

  Scenario: a delivery
    Given the shop has 0 boxes of eggs
    Then a reorder is needed: yes
    When the farm delivers 20 boxes
    And a customer buys 15 boxes
    Then there are 5 boxes on the shelf
    And a reorder is needed: no

  Scenario: sold out
    Given the shop has 7 boxes of eggs
    When a customer buys 7 boxes
    Then there are 0 boxes on the shelf
    When a customer buys 1 boxes
    Then the sale is refused with "only 0 left"

Feature: Plug fuse
  The current is the total watts divided by 230. Fit the smallest of the 3 A, 5 A
  and 13 A fuses that carries it; anything above 13 A needs its own circuit.

  Scenario Outline: picking the fuse for an appliance
    Given the appliance is rated at <watts> watts
    When the plug is wired
    Then the fuse to fit is "<fuse>"

    Examples:
      | watts | fuse        |
      | 5     | 3 A         |
      | 400   | 3 A         |
      | 900   | 5 A         |
      | 1500  | 13 A        |
      | 2400  | 13 A        |
      | 7000  | own circuit |

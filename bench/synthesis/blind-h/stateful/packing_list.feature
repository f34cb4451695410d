Feature: Holiday packing list

  Scenario: packing one thing
    Given the packing list "passport, charger, socks"
    When "charger" is packed
    Then still to pack: "passport, socks"
    And 2 items are left to pack

  Scenario: something not on the list
    Given the packing list "towel, book"
    When "hat" is packed
    Then packing is refused with "hat is not on the list"
    And still to pack: "towel, book"
    And everything is packed: no

  Scenario: the only item
    Given the packing list "keys"
    When "keys" is packed
    Then everything is packed: yes
    And 0 items are left to pack

  Scenario: adding to the list
    Given the packing list "tent, torch"
    When "map" is added to the list
    And "tent" is packed
    Then still to pack: "torch, map"
    And 2 items are left to pack

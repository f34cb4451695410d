Feature: Holiday packing list

  Scenario: two of four packed
    Given the packing list "boots, gloves, scarf, hat"
    When "scarf" is packed
    And "boots" is packed
    Then still to pack: "gloves, hat"
    And 2 items are left to pack
    And everything is packed: no

  Scenario: a longer list packed in full
    Given the packing list "laptop, mouse"
    When "cable" is added to the list
    And "phone" is packed
    Then packing is refused with "phone is not on the list"
    When "laptop" is packed
    And "mouse" is packed
    And "cable" is packed
    Then everything is packed: yes

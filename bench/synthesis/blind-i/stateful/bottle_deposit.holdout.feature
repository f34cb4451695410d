Feature: Bottle return machine

  Scenario: two crates and a can
    Given the return machine is empty
    When I insert a "crate"
    And I insert a "crate"
    And I insert a "can"
    And I press the voucher button
    Then the voucher is for 6.15
    And the machine shows 0.00

  Scenario: a bag among the bottles
    Given the return machine is empty
    When I insert a "bottle"
    And I insert a "bottle"
    And I insert a "bottle"
    And I insert a "bottle"
    And I insert a "plastic bag"
    Then the item is refused with "not accepted"
    And the machine shows 1.00

  Scenario: pressing the button twice
    Given the return machine is empty
    When I insert a "can"
    And I insert a "can"
    And I press the voucher button
    Then the voucher is for 0.30
    When I press the voucher button
    Then the voucher is refused with "nothing to print"

Feature: Bottle return machine

  Scenario: bottles and a can
    Given the return machine is empty
    When I insert a "bottle"
    And I insert a "bottle"
    And I insert a "can"
    Then the machine shows 0.65

  Scenario: a crate and a voucher
    Given the return machine is empty
    When I insert a "crate"
    And I insert a "bottle"
    Then the machine shows 3.25
    When I press the voucher button
    Then the voucher is for 3.25
    And the machine shows 0.00

  Scenario: something the machine does not take
    Given the return machine is empty
    When I insert a "can"
    And I insert a "glass jar"
    Then the item is refused with "not accepted"
    And the machine shows 0.15

  Scenario: a voucher for nothing
    Given the return machine is empty
    When I press the voucher button
    Then the voucher is refused with "nothing to print"

  Scenario: two vouchers in a row
    Given the return machine is empty
    When I insert a "can"
    And I press the voucher button
    Then the voucher is for 0.15
    When I insert a "bottle"
    And I press the voucher button
    Then the voucher is for 0.25

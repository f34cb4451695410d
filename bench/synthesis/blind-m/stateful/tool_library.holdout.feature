Feature: Neighbourhood tool library

  Scenario: a busy Saturday
    Given the tool library has a "sander"
    And the tool library has a "wheelbarrow"
    And the tool library has a "ladder"
    When Bea borrows the "wheelbarrow"
    And Cal borrows the "wheelbarrow"
    Then the loan is refused with "the wheelbarrow is out with Bea"
    When Cal borrows the "sander"
    And Cal borrows the "ladder"
    Then Cal has 2 tools
    And Bea has 1 tool

  Scenario: giving one back first
    Given the tool library has a "drill"
    And the tool library has a "hedge trimmer"
    And the tool library has a "sander"
    When Dan borrows the "hedge trimmer"
    And Dan borrows the "drill"
    And Dan borrows the "sander"
    Then the loan is refused with "Dan already has 2 tools"
    When Dan returns the "drill"
    And Dan borrows the "sander"
    Then the "sander" is "out with Dan"
    And the "drill" is "on the shelf"

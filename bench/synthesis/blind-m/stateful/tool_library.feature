Feature: Neighbourhood tool library

  Scenario: borrowing a drill
    Given the tool library has a "drill"
    And the tool library has a "ladder"
    When Omar borrows the "drill"
    Then the "drill" is "out with Omar"
    And the "ladder" is "on the shelf"
    And Omar has 1 tool

  Scenario: waiting for the drill
    Given the tool library has a "drill"
    When Omar borrows the "drill"
    And Ana borrows the "drill"
    Then the loan is refused with "the drill is out with Omar"
    When Omar returns the "drill"
    And Ana borrows the "drill"
    Then the "drill" is "out with Ana"
    And Omar has no tools

  Scenario: two tools at a time
    Given the tool library has a "drill"
    And the tool library has a "ladder"
    And the tool library has a "hedge trimmer"
    When Lee borrows the "drill"
    And Lee borrows the "ladder"
    Then Lee has 2 tools
    When Lee borrows the "hedge trimmer"
    Then the loan is refused with "Lee already has 2 tools"
    And the "hedge trimmer" is "on the shelf"

  Scenario: swapping tools
    Given the tool library has a "ladder"
    And the tool library has a "sander"
    When Ana borrows the "ladder"
    And Ana returns the "ladder"
    And Ana borrows the "sander"
    And Ana borrows the "ladder"
    Then Ana has 2 tools

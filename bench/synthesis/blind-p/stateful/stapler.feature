Feature: Office stapler

  Scenario: a few documents
    Given the stapler holds 20 staples
    When the stapler is pressed
    And the stapler is pressed 4 times
    Then 15 staples are left

  Scenario: running out
    Given the stapler holds 2 staples
    When the stapler is pressed
    And the stapler is pressed
    And the stapler is pressed
    Then the press is refused with "out of staples"
    And 0 staples are left

  Scenario: loading from empty
    Given the stapler holds 0 staples
    When a strip of 50 staples is loaded
    And the stapler is pressed 9 times
    Then 41 staples are left
    When a strip of 50 staples is loaded
    Then 91 staples are left

  Scenario: too full for another strip
    Given the stapler holds 51 staples
    When a strip of 50 staples is loaded
    Then loading is refused with "no room for a strip"
    When the stapler is pressed
    And a strip of 50 staples is loaded
    Then 100 staples are left

  Scenario: the last staple
    Given the stapler holds 1 staple
    When the stapler is pressed
    Then 0 staples are left
    When the stapler is pressed
    Then the press is refused with "out of staples"
    When a strip of 50 staples is loaded
    And the stapler is pressed 49 times
    Then 1 staple is left

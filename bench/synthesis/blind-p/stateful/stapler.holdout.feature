Feature: Office stapler

  Scenario: a big report
    Given the stapler holds 60 staples
    When the stapler is pressed 10 times
    And a strip of 50 staples is loaded
    Then 100 staples are left
    When the stapler is pressed 25 times
    Then 75 staples are left

  Scenario: empty, then two strips
    Given the stapler holds 1 staple
    When the stapler is pressed
    And the stapler is pressed
    Then the press is refused with "out of staples"
    When a strip of 50 staples is loaded
    And a strip of 50 staples is loaded
    Then 100 staples are left

  Scenario: making room
    Given the stapler holds 52 staples
    When a strip of 50 staples is loaded
    Then loading is refused with "no room for a strip"
    When the stapler is pressed 2 times
    And a strip of 50 staples is loaded
    Then 100 staples are left
    When the stapler is pressed
    Then 99 staples are left

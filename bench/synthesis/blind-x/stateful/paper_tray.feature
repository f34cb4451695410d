Feature: Printer paper tray
  The tray takes up to 250 sheets. A job is only printed if all its pages fit on the
  paper in the tray.

  Scenario: loading and printing
    Given the tray has 100 sheets in it
    When 150 sheets are loaded
    Then the paper gauge reads 250
    When a job of 40 pages is printed
    Then the paper gauge reads 210
    And the page counter reads 40

  Scenario: overfilling the tray
    Given the tray has 200 sheets in it
    When 80 sheets are loaded
    Then the printer shows "the tray has room for 50 more sheets"
    And the paper gauge reads 200
    When 50 sheets are loaded
    Then the paper gauge reads 250
    When 20 sheets are loaded
    Then the printer shows "the tray is already full"

  Scenario: a job that is too long
    Given the tray has 30 sheets in it
    When a job of 45 pages is printed
    Then the printer shows "only 30 sheets left in the tray"
    And the paper gauge reads 30
    And the page counter reads 0
    When a job of 30 pages is printed
    Then the paper gauge reads 0
    When a job of 12 pages is printed
    Then the printer shows "the tray is empty"

  Scenario: a busy morning
    Given the tray has 0 sheets in it
    When 120 sheets are loaded
    And a job of 25 pages is printed
    And a job of 60 pages is printed
    Then the paper gauge reads 35
    And the page counter reads 85

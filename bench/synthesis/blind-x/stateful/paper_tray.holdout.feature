Feature: Printer paper tray
  The tray takes up to 250 sheets. A job is only printed if all its pages fit on the
  paper in the tray.

  Scenario: two long jobs then a refill
    Given the tray has 250 sheets in it
    When a job of 100 pages is printed
    And a job of 90 pages is printed
    And 200 sheets are loaded
    Then the printer shows "the tray has room for 190 more sheets"
    When 190 sheets are loaded
    Then the paper gauge reads 250
    And the page counter reads 190

  Scenario: nearly out of paper
    Given the tray has 5 sheets in it
    When a job of 6 pages is printed
    Then the printer shows "only 5 sheets left in the tray"
    When 245 sheets are loaded
    And 10 sheets are loaded
    Then the printer shows "the tray is already full"
    And the paper gauge reads 250

  Scenario: printing from empty
    Given the tray has 0 sheets in it
    When a job of 3 pages is printed
    Then the printer shows "the tray is empty"
    When 70 sheets are loaded
    And a job of 70 pages is printed
    Then the paper gauge reads 0
    And the page counter reads 70

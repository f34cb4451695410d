Feature: Recent files menu
  Opening a file puts it at the top of the recent list.

  Scenario: reopening on a full list
    Given the recent list is empty
    When "one.txt" is opened
    And "two.txt" is opened
    And "three.txt" is opened
    And "four.txt" is opened
    And "five.txt" is opened
    And "two.txt" is opened
    Then the recent list reads "two.txt, five.txt, four.txt, three.txt, one.txt"
    When "six.txt" is opened
    Then the recent list reads "six.txt, two.txt, five.txt, four.txt, three.txt"

  Scenario: removing the only file
    Given the recent list is empty
    When "report.pdf" is opened
    And "report.pdf" is removed from the list
    Then the recent list is empty
    When "report.pdf" is removed from the list
    Then the editor says "report.pdf is not on the list"
    When "report.pdf" is opened
    And "report.pdf" is opened
    Then the recent list reads "report.pdf"

  Scenario: a week of photos
    Given the recent list is empty
    When "mon.jpg" is opened
    And "tue.jpg" is opened
    And "wed.jpg" is opened
    And "thu.jpg" is opened
    And "fri.jpg" is opened
    And "sat.jpg" is opened
    And "sun.jpg" is opened
    Then the recent list reads "sun.jpg, sat.jpg, fri.jpg, thu.jpg, wed.jpg"
    When "mon.jpg" is removed from the list
    Then the editor says "mon.jpg is not on the list"
    When the list is cleared
    Then the recent list is empty

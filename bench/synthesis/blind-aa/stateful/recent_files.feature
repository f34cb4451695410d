Feature: Recent files menu
  Opening a file puts it at the top of the recent list.

  Scenario: newest first
    Given the recent list is empty
    When "budget.xlsx" is opened
    And "letter.docx" is opened
    Then the recent list reads "letter.docx, budget.xlsx"

  Scenario: opening a file again moves it up
    Given the recent list is empty
    When "budget.xlsx" is opened
    And "letter.docx" is opened
    And "notes.txt" is opened
    And "budget.xlsx" is opened
    Then the recent list reads "budget.xlsx, notes.txt, letter.docx"

  Scenario: the oldest drops off
    Given the recent list is empty
    When "jan.csv" is opened
    And "feb.csv" is opened
    And "mar.csv" is opened
    And "apr.csv" is opened
    And "may.csv" is opened
    Then the recent list reads "may.csv, apr.csv, mar.csv, feb.csv, jan.csv"
    When "jun.csv" is opened
    Then the recent list reads "jun.csv, may.csv, apr.csv, mar.csv, feb.csv"

  Scenario: taking one off the list
    Given the recent list is empty
    When "cv.docx" is opened
    And "photo.jpg" is opened
    And "menu.pdf" is opened
    And "photo.jpg" is removed from the list
    Then the recent list reads "menu.pdf, cv.docx"
    When "photo.jpg" is removed from the list
    Then the editor says "photo.jpg is not on the list"

  Scenario: clearing the list
    Given the recent list is empty
    When "plan.pdf" is opened
    And "map.png" is opened
    And the list is cleared
    Then the recent list is empty
    When "map.png" is opened
    Then the recent list reads "map.png"

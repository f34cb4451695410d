Feature: Undo and redo while typing
  Each thing I type is added to the document as a new word, separated by a single space.

  Scenario: typing words
    Given a blank document
    When I type "Dear"
    And I type "Sam,"
    Then the document reads "Dear Sam,"

  Scenario: undoing the last word
    Given a blank document
    When I type "Dear"
    And I type "Sam,"
    And I undo
    Then the document reads "Dear"

  Scenario: undoing twice
    Given a blank document
    When I type "one"
    And I type "two"
    And I type "three"
    And I undo
    And I undo
    Then the document reads "one"

  Scenario: nothing to undo
    Given a blank document
    When I undo
    Then I am told "nothing to undo"
    And the document is blank

  Scenario: redoing
    Given a blank document
    When I type "Dear"
    And I type "Sam,"
    And I undo
    And I redo
    Then the document reads "Dear Sam,"

  Scenario: typing forgets what was undone
    Given a blank document
    When I type "Dear"
    And I type "Sam,"
    And I undo
    And I type "Jo,"
    And I redo
    Then I am told "nothing to redo"
    And the document reads "Dear Jo,"

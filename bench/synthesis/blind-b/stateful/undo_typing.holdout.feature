Feature: Undo and redo while typing
  Each thing I type is added to the document as a new word, separated by a single space.

  Scenario: two undos and one redo
    Given a blank document
    When I type "Hello"
    And I type "there"
    And I type "friend"
    And I undo
    And I undo
    And I redo
    Then the document reads "Hello there"

  Scenario: back to a blank page
    Given a blank document
    When I type "Hi"
    And I undo
    Then the document is blank

  Scenario: undoing too far
    Given a blank document
    When I type "Hi"
    And I undo
    And I undo
    Then I am told "nothing to undo"

Feature: Undo and redo in the note editor
  Every typed word can be undone, and undone words can be redone until something new is typed.

  Background:
    Given an empty note

  Scenario: typing words
    When I type "Hello"
    And I type "world"
    Then the note reads "Hello world"

  Scenario: undoing the last word
    When I type "Hello"
    And I type "world"
    And I undo
    Then the note reads "Hello"

  Scenario: redoing what was undone
    When I type "buy"
    And I type "milk"
    And I undo
    And I redo
    Then the note reads "buy milk"

  Scenario: typing after an undo clears the redo
    When I type "buy"
    And I type "milk"
    And I undo
    And I type "bread"
    And I redo
    Then the editor says "nothing to redo"
    And the note reads "buy bread"

  Scenario: nothing to undo
    When I undo
    Then the editor says "nothing to undo"
    And the note reads ""

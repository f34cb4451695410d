Feature: Undo and redo in the note editor
  Every typed word can be undone, and undone words can be redone until something new is typed.

  Background:
    Given an empty note

  Scenario: undoing twice
    When I type "one"
    And I type "two"
    And I type "three"
    And I undo
    And I undo
    Then the note reads "one"

  Scenario: undoing more than was typed
    When I type "draft"
    And I undo
    And I undo
    Then the editor says "nothing to undo"
    And the note reads ""

  Scenario: undo twice, redo once
    When I type "call"
    And I type "the"
    And I type "plumber"
    And I undo
    And I undo
    And I redo
    Then the note reads "call the"

Feature: Music lessons
  Lessons are bought in blocks of 5, and each lesson given uses one up.

  Scenario: a lesson
    Given Ava has 2 lessons left
    When Ava has a lesson
    Then Ava has 1 lesson left
    And the teacher has given 1 lesson

  Scenario: nothing left
    Given Ava has 0 lessons left
    When Ava has a lesson
    Then the teacher says "Ava has no lessons left"
    And the teacher has given 0 lessons

  Scenario: two pupils
    Given Ava has 1 lesson left
    And Ben has 3 lessons left
    When Ben has a lesson
    And Ava buys a block of lessons
    And Ava has a lesson
    Then Ava has 5 lessons left
    And Ben has 2 lessons left
    And the teacher has given 2 lessons

  Scenario: two blocks
    Given Ben has 0 lessons left
    When Ben buys a block of lessons
    And Ben buys a block of lessons
    Then Ben has 10 lessons left

Feature: Music lessons
  Lessons are bought in blocks of 5, and each lesson given uses one up.

  Scenario: the last lesson of a block
    Given Ben has 1 lesson left
    When Ben has a lesson
    And Ben has a lesson
    Then the teacher says "Ben has no lessons left"
    And Ben has 0 lessons left
    And the teacher has given 1 lesson

  Scenario: a busy week
    Given Ava has 3 lessons left
    And Ben has 2 lessons left
    When Ava has a lesson
    And Ben has a lesson
    And Ben has a lesson
    Then Ava has 2 lessons left
    And Ben has 0 lessons left
    And the teacher has given 3 lessons

  Scenario: a new block straight away
    Given Ava has 0 lessons left
    When Ava buys a block of lessons
    And Ava has a lesson
    Then Ava has 4 lessons left

Feature: Book signing queue
  Fans queue to meet the author and are seen in the order they joined. The author signs at most
  3 books for each fan, and at most 5 fans can wait in the queue at once.

  Scenario: seen in order
    Given the signing table is open with nobody waiting
    When Kit joins the queue
    And Raj joins the queue
    And Lou joins the queue
    And the author signs 2 books for the next fan
    Then the queue is "Raj, Lou"
    When the author signs 3 books for the next fan
    Then the queue is "Lou"
    And the author has signed 5 books

  Scenario: too many books
    Given the signing table is open with nobody waiting
    When Kit joins the queue
    And Raj joins the queue
    And the author signs 4 books for the next fan
    Then the signing is refused with "at most 3 books each"
    And the queue is "Kit, Raj"
    When the author signs 3 books for the next fan
    And the author signs 2 books for the next fan
    Then the queue is "empty"
    When the author signs 2 books for the next fan
    Then the signing is refused with "nobody is waiting"
    And the author has signed 5 books

  Scenario: leaving the queue
    Given the signing table is open with nobody waiting
    When Kit joins the queue
    And Raj joins the queue
    And Lou joins the queue
    And Raj leaves the queue
    Then the queue is "Kit, Lou"
    When Raj leaves the queue
    Then leaving is refused with "Raj is not queueing"
    When Kit joins the queue
    Then joining is refused with "Kit is already queueing"
    When Raj joins the queue
    Then the queue is "Kit, Lou, Raj"

  Scenario: a full queue
    Given the signing table is open with nobody waiting
    When Kit joins the queue
    And Raj joins the queue
    And Lou joins the queue
    And Ned joins the queue
    And Tia joins the queue
    And Max joins the queue
    Then joining is refused with "the queue is full"
    When the author signs 2 books for the next fan
    And Max joins the queue
    Then the queue is "Raj, Lou, Ned, Tia, Max"

  Scenario: back for more
    Given the signing table is open with nobody waiting
    When Ava joins the queue
    And the author signs 3 books for the next fan
    And Ava joins the queue
    Then the queue is "Ava"
    When the author signs 3 books for the next fan
    Then the author has signed 6 books

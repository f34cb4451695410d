Feature: Book signing queue
  Fans queue to meet the author and are seen in the order they joined. The author signs at most
  3 books for each fan, and at most 5 fans can wait in the queue at once.

  Scenario: a fan with a big pile
    Given the signing table is open with nobody waiting
    When Ben joins the queue
    And Kim joins the queue
    And Jay joins the queue
    And the author signs 5 books for the next fan
    Then the signing is refused with "at most 3 books each"
    When the author signs 2 books for the next fan
    And Kim leaves the queue
    And the author signs 3 books for the next fan
    Then the queue is "empty"
    And the author has signed 5 books

  Scenario: a place comes free
    Given the signing table is open with nobody waiting
    When Ola joins the queue
    And Pat joins the queue
    And Ava joins the queue
    And Ben joins the queue
    And Kim joins the queue
    And Jay joins the queue
    Then joining is refused with "the queue is full"
    When Pat leaves the queue
    And Ola joins the queue
    Then joining is refused with "Ola is already queueing"
    When Jay joins the queue
    Then the queue is "Ola, Ava, Ben, Kim, Jay"

  Scenario: a quiet start
    Given the signing table is open with nobody waiting
    When the author signs 3 books for the next fan
    Then the signing is refused with "nobody is waiting"
    When Tia joins the queue
    And Tia leaves the queue
    And Tia leaves the queue
    Then leaving is refused with "Tia is not queueing"
    When Max joins the queue
    And the author signs 2 books for the next fan
    Then the author has signed 2 books

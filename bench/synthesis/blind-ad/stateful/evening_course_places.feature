Feature: Evening course places
  Once a course is full, new learners go on its waiting list. When someone on the course drops
  out, the first person waiting takes the place. People on the waiting list can drop out too.

  Scenario: filling the course
    Given a course with 3 places
    When "Nia" enrols
    And "Omar" enrols
    And "Pip" enrols
    And "Quinn" enrols
    Then the learners are "Nia, Omar, Pip"
    And the waiting list is "Quinn"

  Scenario: a place comes free
    Given a course with 2 places
    When "Nia" enrols
    And "Omar" enrols
    And "Pip" enrols
    And "Quinn" enrols
    And "Omar" drops out
    Then the learners are "Nia, Pip"
    And the waiting list is "Quinn"

  Scenario: leaving the waiting list
    Given a course with 2 places
    When "Nia" enrols
    And "Omar" enrols
    And "Pip" enrols
    And "Quinn" enrols
    And "Pip" drops out
    Then the waiting list is "Quinn"
    And the learners are "Nia, Omar"
    When "Nia" drops out
    Then the learners are "Omar, Quinn"
    And the waiting list is "empty"

  Scenario: enrolling twice
    Given a course with 2 places
    When "Nia" enrols
    And "Nia" enrols
    Then the enrolment is refused with "Nia is already on the course"
    When "Omar" enrols
    And "Pip" enrols
    And "Pip" enrols
    Then the enrolment is refused with "Pip is already on the waiting list"
    When "Rae" drops out
    Then the enrolment is refused with "Rae is not on the course"
    And the learners are "Nia, Omar"
    And the waiting list is "Pip"

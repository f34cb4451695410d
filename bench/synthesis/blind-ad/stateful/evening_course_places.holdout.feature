Feature: Evening course places
  Once a course is full, new learners go on its waiting list. When someone on the course drops
  out, the first person waiting takes the place. People on the waiting list can drop out too.

  Scenario: a small class
    Given a course with 2 places
    When "Ada" enrols
    And "Ben" enrols
    And "Cal" enrols
    And "Ada" drops out
    And "Ben" drops out
    Then the learners are "Cal"
    And the waiting list is "empty"
    When "Ben" drops out
    Then the enrolment is refused with "Ben is not on the course"

  Scenario: a long waiting list
    Given a course with 3 places
    When "Ada" enrols
    And "Ben" enrols
    And "Cal" enrols
    And "Dee" enrols
    And "Eve" enrols
    And "Dee" drops out
    And "Ben" drops out
    Then the learners are "Ada, Cal, Eve"
    And the waiting list is "empty"
    When "Eve" enrols
    Then the enrolment is refused with "Eve is already on the course"

  Scenario: back on the list
    Given a course with 2 places
    When "Ada" enrols
    And "Ben" enrols
    And "Cal" enrols
    And "Cal" enrols
    Then the enrolment is refused with "Cal is already on the waiting list"
    When "Ada" drops out
    And "Ada" enrols
    Then the learners are "Ben, Cal"
    And the waiting list is "Ada"

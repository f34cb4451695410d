Feature: Triage desk
  Patients are seen in the order they arrive, except that urgent patients go ahead of everyone
  who is not urgent (but still behind urgent patients who arrived before them). Nobody can be in
  the queue twice.

  Scenario: first come, first seen
    Given the waiting room is empty
    When Sam arrives
    And Mia arrives
    And the nurse calls the next patient
    Then Sam goes in
    And 1 patient is waiting

  Scenario: an urgent case jumps the queue
    Given the waiting room is empty
    When Sam arrives
    And Mia arrives
    And Ava arrives as urgent
    And the nurse calls the next patient
    Then Ava goes in
    When the nurse calls the next patient
    Then Sam goes in
    And 1 patient is waiting

  Scenario: two urgent cases
    Given the waiting room is empty
    When Ben arrives as urgent
    And Leo arrives
    And Zoe arrives as urgent
    And the nurse calls the next patient
    Then Ben goes in
    When the nurse calls the next patient
    Then Zoe goes in
    When the nurse calls the next patient
    Then Leo goes in
    When the nurse calls the next patient
    Then the nurse is told "nobody is waiting"

  Scenario: arriving twice
    Given the waiting room is empty
    When Sam arrives
    And Sam arrives
    Then the desk says "Sam is already waiting"
    And 1 patient is waiting
    When the nurse calls the next patient
    Then Sam goes in
    When Sam arrives
    Then 1 patient is waiting

  Scenario: a quiet morning
    Given the waiting room is empty
    When the nurse calls the next patient
    Then the nurse is told "nobody is waiting"
    When Mia arrives as urgent
    And the nurse calls the next patient
    Then Mia goes in
    And 0 patients are waiting

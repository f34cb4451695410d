Feature: Triage desk
  Patients are seen in the order they arrive, except that urgent patients go ahead of everyone
  who is not urgent (but still behind urgent patients who arrived before them). Nobody can be in
  the queue twice.

  Scenario: urgent cases between ordinary ones
    Given the waiting room is empty
    When Leo arrives
    And Ben arrives as urgent
    And Zoe arrives as urgent
    And Ava arrives
    And the nurse calls the next patient
    Then Ben goes in
    When the nurse calls the next patient
    Then Zoe goes in
    When the nurse calls the next patient
    Then Leo goes in
    And 1 patient is waiting

  Scenario: a second try at the desk and an empty room
    Given the waiting room is empty
    When Mia arrives
    And Ben arrives
    And Mia arrives
    Then the desk says "Mia is already waiting"
    When the nurse calls the next patient
    Then Mia goes in
    When the nurse calls the next patient
    Then Ben goes in
    When the nurse calls the next patient
    Then the nurse is told "nobody is waiting"
    And 0 patients are waiting

  Scenario: back again after being seen
    Given the waiting room is empty
    When Zoe arrives as urgent
    And the nurse calls the next patient
    Then Zoe goes in
    When Zoe arrives
    And Sam arrives as urgent
    And the nurse calls the next patient
    Then Sam goes in
    And 1 patient is waiting

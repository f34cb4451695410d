Feature: Physio cancellation list
  Patients who want an earlier physio appointment join the cancellation list. When a slot
  comes free it goes to the first patient on the list, who then leaves the list. Urgent
  patients move ahead of everyone who is not urgent, but stay behind patients marked urgent
  before them. The list holds at most 6 patients and nobody can be on it twice.

  Scenario: two urgent patients
    Given an empty cancellation list
    When "Ada" joins the list
    And "Bo" joins the list
    And "Bo" is marked urgent
    And "Cal" joins the list
    And "Cal" is marked urgent
    Then the list is "Bo, Cal, Ada"
    When a slot comes free
    Then the slot goes to "Bo"
    And the list is "Cal, Ada"

  Scenario: leaving twice
    Given an empty cancellation list
    When a slot comes free
    Then the receptionist replies "there is nobody to offer it to"
    When "Dot" joins the list
    And "Dot" leaves the list
    And "Dot" leaves the list
    Then the receptionist replies "Dot is not on the list"
    And nobody is on the list

  Scenario: a place frees up on a full list
    Given an empty cancellation list
    When "Ed" joins the list
    And "Flo" joins the list
    And "Gil" joins the list
    And "Hu" joins the list
    And "Ian" joins the list
    And "Jan" joins the list
    And "Flo" leaves the list
    And "Kim" joins the list
    And "Lou" joins the list
    Then the receptionist replies "the list is full"
    When a slot comes free
    Then the slot goes to "Ed"
    And the slots given out are 1

Feature: Physio cancellation list
  Patients who want an earlier physio appointment join the cancellation list. When a slot
  comes free it goes to the first patient on the list, who then leaves the list. Urgent
  patients move ahead of everyone who is not urgent, but stay behind patients marked urgent
  before them. The list holds at most 6 patients and nobody can be on it twice.

  Scenario: first come, first served
    Given an empty cancellation list
    When "Ana" joins the list
    And "Ben" joins the list
    And "Cy" joins the list
    And a slot comes free
    Then the slot goes to "Ana"
    And the list is "Ben, Cy"

  Scenario: urgent patients go ahead
    Given an empty cancellation list
    When "Dee" joins the list
    And "Eli" joins the list
    And "Fay" joins the list
    And "Fay" is marked urgent
    Then the list is "Fay, Dee, Eli"
    When "Eli" is marked urgent
    Then the list is "Fay, Eli, Dee"
    When a slot comes free
    Then the slot goes to "Fay"

  Scenario: nobody to offer the slot to
    Given an empty cancellation list
    When "Gus" joins the list
    And "Gus" joins the list
    Then the receptionist replies "Gus is already on the list"
    When "Hal" is marked urgent
    Then the receptionist replies "Hal is not on the list"
    When "Gus" leaves the list
    And a slot comes free
    Then the receptionist replies "there is nobody to offer it to"
    And nobody is on the list
    And the slots given out are 0

  Scenario: a full list
    Given an empty cancellation list
    When "Ivy" joins the list
    And "Jo" joins the list
    And "Kai" joins the list
    And "Lee" joins the list
    And "Mo" joins the list
    And "Nia" joins the list
    And "Oz" joins the list
    Then the receptionist replies "the list is full"
    When a slot comes free
    And a slot comes free
    And "Oz" joins the list
    Then the list is "Kai, Lee, Mo, Nia, Oz"
    And the slots given out are 2
    When "Pam" leaves the list
    Then the receptionist replies "Pam is not on the list"

Feature: Time bank
  Members swap hours of help. Helping someone earns the helper those hours and costs the person
  helped the same number; nobody may go more than 5 hours into debt. New members start at 0.

  Scenario: helping each other
    Given Lou's balance stands at 2
    And Raj's balance stands at 0
    When Raj helps Lou for 3 hours
    Then Raj's balance stands at 3
    And Lou's balance stands at -1
    When Lou helps Raj for 4 hours
    Then Lou's balance stands at 3
    And Raj's balance stands at -1

  Scenario: as far into debt as allowed
    Given Lou's balance stands at 2
    And Raj's balance stands at 0
    When Raj helps Lou for 7 hours
    Then Lou's balance stands at -5
    And Raj's balance stands at 7
    When Raj helps Lou for 2 hours
    Then the organiser says "Lou is already 5 hours in debt"
    And Lou's balance stands at -5

  Scenario: more help than the balance allows
    Given Lou's balance stands at 2
    And Raj's balance stands at 0
    When Raj helps Lou for 9 hours
    Then the organiser says "Lou may receive only 7 more hours"
    And Lou's balance stands at 2
    And Raj's balance stands at 0
    When Raj helps Lou for 5 hours
    Then Lou's balance stands at -3

  Scenario: joining and strangers
    Given Lou's balance stands at 2
    When Kit joins the time bank
    Then Kit's balance stands at 0
    When Kit helps Lou for 4 hours
    Then Kit's balance stands at 4
    And Lou's balance stands at -2
    When Kit joins the time bank
    Then the organiser says "Kit is already a member"
    When Ned helps Lou for 2 hours
    Then the organiser says "Ned is not a member"
    When Lou helps Ned for 3 hours
    Then the organiser says "Ned is not a member"
    And Lou's balance stands at -2

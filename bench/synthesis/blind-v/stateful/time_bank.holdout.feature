Feature: Time bank
  Members swap hours of help. Helping someone earns the helper those hours and costs the person
  helped the same number; nobody may go more than 5 hours into debt. New members start at 0.

  Scenario: close to the limit and paying it back
    Given Lou's balance stands at 2
    And Raj's balance stands at 0
    When Raj helps Lou for 5 hours
    Then Lou's balance stands at -3
    When Raj helps Lou for 4 hours
    Then the organiser says "Lou may receive only 2 more hours"
    When Lou helps Raj for 6 hours
    Then Lou's balance stands at 3
    And Raj's balance stands at -1

  Scenario: a newcomer who helps a lot
    Given Raj's balance stands at 0
    And Lou's balance stands at 4
    When Ava joins the time bank
    And Ava helps Raj for 5 hours
    Then Raj's balance stands at -5
    When Lou helps Raj for 2 hours
    Then the organiser says "Raj is already 5 hours in debt"
    And Ava's balance stands at 5
    And Lou's balance stands at 4

  Scenario: a visitor and a second sign-up
    Given Lou's balance stands at 0
    And Raj's balance stands at 0
    When Lou helps Raj for 3 hours
    And Tia helps Raj for 2 hours
    Then the organiser says "Tia is not a member"
    When Raj joins the time bank
    Then the organiser says "Raj is already a member"
    And Lou's balance stands at 3
    And Raj's balance stands at -3

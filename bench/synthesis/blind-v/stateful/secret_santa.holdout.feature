Feature: Secret Santa
  People sign up until the names are drawn. The draw needs at least 3 people; each person then
  buys for the next person in sign-up order, and the last buys for the first. Once the names
  are drawn nobody can join or drop out.

  Scenario: a team of five
    Given the sign-up sheet is empty
    When "Ola" signs up
    And "Pat" signs up
    And "Max" signs up
    And "Ava" signs up
    And "Ben" signs up
    And the names are drawn
    Then "Ben" buys a present for "Ola"
    And "Max" buys a present for "Ava"
    And the sign-up count is 5

  Scenario: one short until someone comes back
    Given the sign-up sheet is empty
    When "Kit" signs up
    And "Raj" signs up
    And "Lou" signs up
    And "Kit" drops out
    And the names are drawn
    Then the organiser says "at least 3 people are needed"
    When "Kit" signs up
    And the names are drawn
    Then "Raj" buys a present for "Lou"
    And "Kit" buys a present for "Raj"

  Scenario: a double sign-up and a late change of heart
    Given the sign-up sheet is empty
    When "Ned" signs up
    And "Tia" signs up
    And "Ned" signs up
    Then the organiser says "Ned has already signed up"
    When "Jay" signs up
    And the names are drawn
    And "Tia" drops out
    Then the organiser says "the names have been drawn"
    And "Jay" buys a present for "Ned"

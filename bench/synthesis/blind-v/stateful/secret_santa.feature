Feature: Secret Santa
  People sign up until the names are drawn. The draw needs at least 3 people; each person then
  buys for the next person in sign-up order, and the last buys for the first. Once the names
  are drawn nobody can join or drop out.

  Scenario: three people
    Given the sign-up sheet is empty
    When "Kit" signs up
    And "Raj" signs up
    And "Lou" signs up
    And the names are drawn
    Then "Kit" buys a present for "Raj"
    And "Raj" buys a present for "Lou"
    And "Lou" buys a present for "Kit"

  Scenario: dropping out and signing up again
    Given the sign-up sheet is empty
    When "Kit" signs up
    And "Raj" signs up
    And "Lou" signs up
    And "Ned" signs up
    And "Raj" drops out
    Then the sign-up count is 3
    When "Raj" signs up
    And the names are drawn
    Then "Kit" buys a present for "Lou"
    And "Ned" buys a present for "Raj"
    And "Raj" buys a present for "Kit"
    And the sign-up count is 4

  Scenario: too few for a draw
    Given the sign-up sheet is empty
    When "Kit" signs up
    And "Raj" signs up
    And the names are drawn
    Then the organiser says "at least 3 people are needed"
    When "Raj" signs up
    Then the organiser says "Raj has already signed up"
    When "Tia" drops out
    Then the organiser says "Tia has not signed up"
    And the sign-up count is 2

  Scenario: after the draw
    Given the sign-up sheet is empty
    When "Ava" signs up
    And "Ben" signs up
    And "Kim" signs up
    And the names are drawn
    And "Jay" signs up
    Then the organiser says "the names have been drawn"
    When "Ben" drops out
    Then the organiser says "the names have been drawn"
    When the names are drawn
    Then the organiser says "the names have been drawn"
    And the sign-up count is 3
    And "Kim" buys a present for "Ava"

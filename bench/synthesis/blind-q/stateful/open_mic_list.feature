Feature: Open mic night
  Acts put their names on the list and perform in the order they signed up. Nobody can be on
  the list twice. The host calls the next act up on stage, which takes it off the list. An act
  that is not ready can step back, which moves it to the end of the list.

  Scenario: first come, first on
    Given the sign-up list is empty
    When Sam signs up
    And Mia signs up
    And Ava signs up
    And the host calls the next act
    Then Sam is on stage
    And the list reads "Mia, Ava"

  Scenario: not ready yet
    Given the sign-up list is empty
    When Ben signs up
    And Zoe signs up
    And Leo signs up
    And Ben steps back
    Then the list reads "Zoe, Leo, Ben"
    When the host calls the next act
    Then Zoe is on stage
    When Ben steps back
    Then the list reads "Leo, Ben"

  Scenario: signing up twice
    Given the sign-up list is empty
    When Mia signs up
    And Dad signs up
    And Mia signs up
    Then the host says "Mia is already on the list"
    When the host calls the next act
    And Mia signs up
    Then the list reads "Dad, Mia"

  Scenario: an empty list
    Given the sign-up list is empty
    When the host calls the next act
    Then the host says "nobody is left to call"
    When Leo steps back
    Then the host says "Leo is not on the list"
    When Leo signs up
    And the host calls the next act
    Then Leo is on stage
    When Leo steps back
    Then the host says "Leo is not on the list"

Feature: Open mic night
  Acts put their names on the list and perform in the order they signed up. Nobody can be on
  the list twice. The host calls the next act up on stage, which takes it off the list. An act
  that is not ready can step back, which moves it to the end of the list.

  Scenario: two acts step back
    Given the sign-up list is empty
    When Zoe signs up
    And Ava signs up
    And Ben signs up
    And Zoe steps back
    And Ava steps back
    Then the list reads "Ben, Zoe, Ava"
    When the host calls the next act
    Then Ben is on stage

  Scenario: the list runs dry
    Given the sign-up list is empty
    When Dad signs up
    And Sam signs up
    And Sam signs up
    Then the host says "Sam is already on the list"
    When Mia steps back
    Then the host says "Mia is not on the list"
    When the host calls the next act
    And the host calls the next act
    And the host calls the next act
    Then the host says "nobody is left to call"

  Scenario: back on the list after performing
    Given the sign-up list is empty
    When Leo signs up
    And Mia signs up
    And the host calls the next act
    And Leo signs up
    And Mia steps back
    Then the list reads "Leo, Mia"
    When the host calls the next act
    Then Leo is on stage

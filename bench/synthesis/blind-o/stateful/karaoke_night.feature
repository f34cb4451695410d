Feature: Karaoke night

  Background:
    Given the karaoke list is empty

  Scenario: first come, first served
    When Sam signs up to sing
    And Mia signs up to sing
    And the host calls the next singer
    Then Sam is singing
    And the list reads "Mia"

  Scenario: no signing up twice
    When Ava signs up to sing
    And Ben signs up to sing
    And Ava signs up to sing
    Then the host says "Ava is already on the list"
    And the list reads "Ava, Ben"

  Scenario: nobody left to call
    When Mia signs up to sing
    And the host calls the next singer
    And the host calls the next singer
    Then the host says "the list is empty"
    And Mia is singing
    And nobody is waiting

  Scenario: back on the list after singing
    When Sam signs up to sing
    And Dad signs up to sing
    And the host calls the next singer
    And Sam signs up to sing
    And the host calls the next singer
    Then Dad is singing
    And the list reads "Sam"

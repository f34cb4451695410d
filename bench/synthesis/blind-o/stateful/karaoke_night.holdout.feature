Feature: Karaoke night

  Background:
    Given the karaoke list is empty

  Scenario: three singers
    When Ben signs up to sing
    And Ava signs up to sing
    And Mia signs up to sing
    And the host calls the next singer
    And the host calls the next singer
    Then Ava is singing
    And the list reads "Mia"

  Scenario: the singer queues again only once
    When Dad signs up to sing
    And the host calls the next singer
    And Dad signs up to sing
    And Dad signs up to sing
    Then the host says "Dad is already on the list"
    And the list reads "Dad"
    And Dad is singing

  Scenario: an early call
    When the host calls the next singer
    Then the host says "the list is empty"
    When Sam signs up to sing
    And the host calls the next singer
    Then Sam is singing
    And nobody is waiting

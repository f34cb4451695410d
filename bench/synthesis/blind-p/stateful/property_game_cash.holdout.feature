Feature: Property game money

  Background:
    Given every player starts with 1500

  Scenario: a busy round for Ben
    When Ben buys a street for 600
    And Ben passes Go
    And Ben pays Ava 450 rent
    Then Ben has 650
    And Ava has 1950

  Scenario: broke after rent
    When Mia pays Sam 1500 rent
    Then Mia has 0
    When Mia passes Go
    And Mia buys a street for 260
    Then Mia is told "you only have 200"
    And Sam has 3000

  Scenario: paying exactly what is left
    When Sam buys a street for 1000
    And Sam pays Ava 600 rent
    Then Sam is told "you only have 500"
    When Sam pays Ava 500 rent
    Then Sam has 0
    And Ava has 2000

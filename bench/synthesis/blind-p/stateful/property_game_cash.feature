Feature: Property game money

  Background:
    Given every player starts with 1500

  Scenario: passing Go
    When Sam passes Go
    And Sam passes Go
    Then Sam has 1900
    And Mia has 1500

  Scenario: paying rent
    When Sam pays Mia 350 rent
    Then Sam has 1150
    And Mia has 1850

  Scenario: spending too much
    When Mia buys a street for 220
    And Mia buys a street for 1200
    Then Mia has 80
    When Mia pays Ava 100 rent
    Then Mia is told "you only have 80"
    And Ava has 1500
    And Mia has 80

  Scenario: saving up for a street
    When Ava buys a street for 1400
    And Ava buys a street for 300
    Then Ava is told "you only have 100"
    When Ava passes Go
    And Ava buys a street for 300
    Then Ava has 0

  Scenario: rent both ways
    When Ben pays Sam 75 rent
    And Sam pays Ben 1575 rent
    Then Sam has 0
    And Ben has 3000

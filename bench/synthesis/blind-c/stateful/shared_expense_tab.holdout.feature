Feature: Shared expense tab

  Scenario: tickets and snacks
    Given a tab shared by Eve, Finn and Gus
    When Eve pays 60 for tickets
    And Finn pays 30 for snacks
    Then Eve's balance is 30
    And Finn's balance is 0
    And Gus's balance is -30
    And the tab is settled: no

  Scenario: half the petrol paid back
    Given a tab shared by Eve and Finn
    When Finn pays 50 for petrol
    And Eve pays Finn back 25
    Then the tab is settled: yes

  Scenario: a friend of a friend
    Given a tab shared by Eve and Finn
    When Gus pays 10 for lunch
    Then the tab says "Gus is not on the tab"

Feature: Shared expense tab

  Scenario: one person pays for dinner
    Given a tab shared by Ann, Bo and Cat
    When Ann pays 30 for dinner
    Then Ann's balance is 20
    And Bo's balance is -10
    And Cat's balance is -10
    And the tab is settled: no

  Scenario: two people pay for things
    Given a tab shared by Ann and Bo
    When Ann pays 40 for groceries
    And Bo pays 20 for taxi
    Then Ann's balance is 10
    And Bo's balance is -10

  Scenario: paying back
    Given a tab shared by Ann, Bo and Cat
    When Ann pays 30 for dinner
    And Bo pays Ann back 10
    And Cat pays Ann back 10
    Then the tab is settled: yes
    And Ann's balance is 0

  Scenario: someone who is not on the tab
    Given a tab shared by Ann and Bo
    When Dan pays 12 for lunch
    Then the tab says "Dan is not on the tab"
    And the tab is settled: yes

Feature: Five-a-side team kitty

  Scenario: new nets
    Given the team kitty is empty
    When Bea pays in 12.30
    And Cal pays in 7.70
    And the team spends 19.99 on "new nets"
    Then the kitty holds 0.01
    And Bea has put in 12.30
    When the team spends 0.02 on "tape"
    Then the spending is refused with "the kitty only has 0.01"

  Scenario: oranges at half time
    Given the team kitty is empty
    When Dan pays in 5.00
    And Dan pays in 5.00
    And Dan pays in 5.05
    And the team spends 4.99 on "oranges"
    Then the kitty holds 10.06
    And Dan has put in 15.05
    And Eve has put in 0.00

Feature: Five-a-side team kitty

  Scenario: players pay in
    Given the team kitty is empty
    When Omar pays in 10.00
    And Ana pays in 15.50
    Then the kitty holds 25.50
    And Omar has put in 10.00

  Scenario: paying for the referee
    Given the team kitty is empty
    When Omar pays in 20.00
    And Omar pays in 5.25
    And the team spends 12.80 on "referee fee"
    Then the kitty holds 12.45
    And Omar has put in 25.25

  Scenario: not enough in the kitty
    Given the team kitty is empty
    When Ana pays in 8.00
    And the team spends 9.00 on "pitch hire"
    Then the spending is refused with "the kitty only has 8.00"
    And the kitty holds 8.00

  Scenario: spending it all
    Given the team kitty is empty
    When Lee pays in 30.00
    And the team spends 30.00 on "kit washing"
    Then the kitty holds 0.00
    And Ana has put in 0.00
    When the team spends 0.50 on "plasters"
    Then the spending is refused with "the kitty only has 0.00"

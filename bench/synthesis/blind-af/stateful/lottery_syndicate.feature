Feature: Office lottery syndicate
  Members of the syndicate pay money into a shared pot, and each lottery line bought costs
  2.00 from the pot. Winnings go into the pot. When the pot is shared out, every member
  gets the same amount in whole pennies, and any pennies that cannot be split evenly stay
  in the pot.

  Scenario: paying in and buying lines
    Given a syndicate with no members and an empty pot
    When "Amy" joins the syndicate
    And "Raj" joins the syndicate
    And "Amy" pays 6.00 into the pot
    And "Raj" pays 4.00 into the pot
    And 3 lines are bought
    Then the pot holds 4.00
    And "Amy" has paid in 6.00

  Scenario: members only
    Given a syndicate with no members and an empty pot
    When "Tess" joins the syndicate
    And "Tess" joins the syndicate
    Then the organiser says "Tess is already in the syndicate"
    When "Ola" pays 2.00 into the pot
    Then the organiser says "Ola is not in the syndicate"
    When "Tess" pays 5.00 into the pot
    And 4 lines are bought
    Then the organiser says "the pot only holds 5.00"
    When 2 lines are bought
    Then the pot holds 1.00

  Scenario: a win shared three ways
    Given a syndicate with no members and an empty pot
    When "Amy" joins the syndicate
    And "Raj" joins the syndicate
    And "Lin" joins the syndicate
    And "Lin" pays 3.00 into the pot
    And the syndicate wins 25.00
    And the pot is shared out
    Then each member's share was 9.33
    And the pot holds 0.01

  Scenario: an even share
    Given a syndicate with no members and an empty pot
    When "Kay" joins the syndicate
    And "Jon" joins the syndicate
    And "Kay" pays 10.00 into the pot
    And "Jon" pays 4.00 into the pot
    And 5 lines are bought
    And the syndicate wins 9.50
    And the pot is shared out
    Then each member's share was 6.75
    And the pot holds 0.00
    When 2 lines are bought
    Then the organiser says "the pot only holds 0.00"

Feature: Office lottery syndicate
  Members of the syndicate pay money into a shared pot, and each lottery line bought costs
  2.00 from the pot. Winnings go into the pot. When the pot is shared out, every member
  gets the same amount in whole pennies, and any pennies that cannot be split evenly stay
  in the pot.

  Scenario: four members share a win
    Given a syndicate with no members and an empty pot
    When "Sue" joins the syndicate
    And "Ted" joins the syndicate
    And "Uli" joins the syndicate
    And "Val" joins the syndicate
    And "Sue" pays 8.00 into the pot
    And "Ted" pays 8.00 into the pot
    And 3 lines are bought
    And the syndicate wins 14.10
    And the pot is shared out
    Then each member's share was 6.02
    And the pot holds 0.02

  Scenario: joining before paying
    Given a syndicate with no members and an empty pot
    When "Wes" joins the syndicate
    And "Wes" pays 3.00 into the pot
    And 2 lines are bought
    Then the organiser says "the pot only holds 3.00"
    When "Xan" pays 2.00 into the pot
    Then the organiser says "Xan is not in the syndicate"
    When "Xan" joins the syndicate
    And "Xan" pays 2.00 into the pot
    And 2 lines are bought
    Then the pot holds 1.00
    And "Wes" has paid in 3.00

  Scenario: a win with no lines left to buy
    Given a syndicate with no members and an empty pot
    When "Yas" joins the syndicate
    And "Zed" joins the syndicate
    And "Yas" joins the syndicate
    Then the organiser says "Yas is already in the syndicate"
    When "Zed" pays 7.00 into the pot
    And the syndicate wins 10.00
    And the pot is shared out
    Then each member's share was 8.50
    And "Zed" has paid in 7.00

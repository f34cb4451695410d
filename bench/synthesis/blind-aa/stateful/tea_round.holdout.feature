Feature: Office tea round
  Whoever has made the fewest rounds makes the next one; on a tie it goes to whoever joined
  the tea round first. A newcomer starts on the lowest tally in the round.

  Scenario: a double round
    Given Eve joins the tea round
    And Fin joins the tea round
    And Gus joins the tea round
    When Eve makes a round
    And Fin makes a round
    Then the next to make the tea is Gus
    When Gus makes 2 rounds
    Then the next to make the tea is Eve
    And the tally for Gus is 2

  Scenario: coming back to the round
    Given Eve joins the tea round
    And Fin joins the tea round
    When Eve makes 5 rounds
    And Fin makes 3 rounds
    And Fin leaves the tea round
    Then the next to make the tea is Eve
    When Fin joins the tea round
    Then the tally for Fin is 5
    And the next to make the tea is Eve

  Scenario: someone from another floor
    Given Hal joins the tea round
    And Ida joins the tea round
    And Jo joins the tea round
    When Ida makes 2 rounds
    And Kit makes a round
    Then the rota says "Kit is not in the tea round"
    When Jo leaves the tea round
    Then the next to make the tea is Hal
    When Hal makes a round
    Then the next to make the tea is Hal
    And the tally for Hal is 1

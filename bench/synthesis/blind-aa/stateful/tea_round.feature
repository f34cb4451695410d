Feature: Office tea round
  Whoever has made the fewest rounds makes the next one; on a tie it goes to whoever joined
  the tea round first. A newcomer starts on the lowest tally in the round.

  Scenario: the first round
    Given Ali joins the tea round
    And Bo joins the tea round
    And Cat joins the tea round
    Then the next to make the tea is Ali
    When Ali makes a round
    Then the next to make the tea is Bo
    And the tally for Ali is 1

  Scenario: fewest rounds first
    Given Ali joins the tea round
    And Bo joins the tea round
    And Cat joins the tea round
    When Ali makes 3 rounds
    And Bo makes 2 rounds
    Then the next to make the tea is Cat
    When Cat makes a round
    Then the next to make the tea is Cat
    And the tally for Cat is 1

  Scenario: a newcomer
    Given Ali joins the tea round
    And Bo joins the tea round
    When Ali makes 4 rounds
    And Bo makes 2 rounds
    And Dan joins the tea round
    Then the tally for Dan is 2
    And the next to make the tea is Bo

  Scenario: leaving the round
    Given Ali joins the tea round
    And Bo joins the tea round
    And Cat joins the tea round
    When Ali leaves the tea round
    Then the next to make the tea is Bo
    When Ali makes a round
    Then the rota says "Ali is not in the tea round"

  Scenario: joining twice
    Given Ali joins the tea round
    And Bo joins the tea round
    When Bo joins the tea round
    Then the rota says "Bo is already in the tea round"
    When Bo makes a round
    Then the next to make the tea is Ali
    And the tally for Bo is 1

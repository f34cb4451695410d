Feature: Presentation clicker
  The clicker moves through the slides one at a time or jumps to a slide by its number. The
  B key blanks the screen and shows it again; while the screen is blank the slides do not
  move.

  Scenario: a short talk
    Given a deck of 3 slides, showing slide 1
    When the presenter clicks next
    And the presenter clicks next
    And the presenter clicks next
    Then the clicker refuses with "this is the last slide"
    And the current slide is 3
    When the presenter clicks back
    Then the current slide is 2

  Scenario: pausing for questions
    Given a deck of 20 slides, showing slide 1
    When the presenter jumps to slide 15
    And the presenter presses B
    And the presenter clicks next
    Then the clicker refuses with "press B to show the screen first"
    And the current slide is 15
    And the screen is "blank"
    When the presenter presses B
    And the presenter clicks back
    Then the current slide is 14

  Scenario: jumping past the end
    Given a deck of 10 slides, showing slide 1
    When the presenter jumps to slide 11
    Then the clicker refuses with "the deck has only 10 slides"
    And the current slide is 1
    When the presenter jumps to slide 10
    And the presenter clicks back
    And the presenter clicks back
    Then the current slide is 8

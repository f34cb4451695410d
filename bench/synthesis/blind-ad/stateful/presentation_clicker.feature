Feature: Presentation clicker
  The clicker moves through the slides one at a time or jumps to a slide by its number. The
  B key blanks the screen and shows it again; while the screen is blank the slides do not
  move.

  Scenario: clicking through
    Given a deck of 12 slides, showing slide 1
    When the presenter clicks next
    And the presenter clicks next
    And the presenter clicks back
    Then the current slide is 2

  Scenario: jumping ahead and back
    Given a deck of 12 slides, showing slide 1
    When the presenter jumps to slide 9
    And the presenter clicks next
    Then the current slide is 10
    When the presenter jumps to slide 3
    Then the current slide is 3

  Scenario: the ends of the deck
    Given a deck of 5 slides, showing slide 1
    When the presenter clicks back
    Then the clicker refuses with "this is the first slide"
    When the presenter jumps to slide 5
    And the presenter clicks next
    Then the clicker refuses with "this is the last slide"
    And the current slide is 5
    When the presenter jumps to slide 6
    Then the clicker refuses with "the deck has only 5 slides"
    And the current slide is 5

  Scenario: blanking the screen
    Given a deck of 8 slides, showing slide 1
    When the presenter clicks next
    And the presenter presses B
    Then the screen is "blank"
    When the presenter clicks next
    Then the clicker refuses with "press B to show the screen first"
    And the current slide is 2
    When the presenter presses B
    And the presenter clicks next
    Then the screen is "on"
    And the current slide is 3

Feature: Microchip cat flap
  The flap has four settings: open, in only, out only and locked. It knows which of the
  household cats are indoors and which are outside, each listed in the order they got there.

  Scenario: all home for the night
    Given the cats indoors are "Tiger"
    And the cats outside are "Smudge, Luna"
    And the flap is set to "in only"
    When Luna comes in
    And Smudge comes in
    And Tiger goes out
    Then the flap refuses with "the flap only lets cats in"
    And the cats indoors are "Tiger, Luna, Smudge"

  Scenario: locked for a while
    Given the cats indoors are "Pepper, Luna"
    And the cats outside are "Smudge"
    And the flap is set to "open"
    When Pepper goes out
    And the flap is switched to "locked"
    And Smudge comes in
    Then the flap refuses with "the flap is locked"
    When the flap is switched to "open"
    And Smudge comes in
    Then the cats indoors are "Luna, Smudge"
    And the cats outside are "Pepper"

  Scenario: a cat that is already out
    Given the cats indoors are "Smudge, Tiger"
    And the cats outside are "Pepper"
    And the flap is set to "out only"
    When Tiger goes out
    And Smudge goes out
    And Pepper goes out
    Then the flap refuses with "Pepper is already out"
    And no cat is indoors
    When the flap is switched to "in only"
    And Pepper comes in
    Then the cats indoors are "Pepper"

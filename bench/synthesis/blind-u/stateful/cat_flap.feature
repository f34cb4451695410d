Feature: Microchip cat flap
  The flap has four settings: open, in only, out only and locked. It knows which of the
  household cats are indoors and which are outside, each listed in the order they got there.

  Scenario: an open flap
    Given the cats indoors are "Smudge, Pepper"
    And the cats outside are "Tiger"
    And the flap is set to "open"
    When Smudge goes out
    And Tiger comes in
    Then the cats indoors are "Pepper, Tiger"
    And the cats outside are "Smudge"

  Scenario: in only
    Given the cats indoors are "Luna"
    And the cats outside are "Smudge, Pepper"
    And the flap is set to "in only"
    When Pepper comes in
    And Luna goes out
    Then the flap refuses with "the flap only lets cats in"
    And the cats indoors are "Luna, Pepper"

  Scenario: out only, then locked
    Given the cats indoors are "Tiger, Luna"
    And the cats outside are "Pepper"
    And the flap is set to "out only"
    When Pepper comes in
    Then the flap refuses with "the flap only lets cats out"
    When Tiger goes out
    And the flap is switched to "locked"
    And Luna goes out
    Then the flap refuses with "the flap is locked"
    When Pepper comes in
    Then the flap refuses with "the flap is locked"
    And the cats outside are "Pepper, Tiger"

  Scenario: already in, already out
    Given the cats indoors are "Smudge"
    And the cats outside are "Luna"
    And the flap is set to "open"
    When Smudge comes in
    Then the flap refuses with "Smudge is already in"
    When Luna goes out
    Then the flap refuses with "Luna is already out"
    And the cats indoors are "Smudge"

  Scenario: everyone out, then one back
    Given the cats indoors are "Pepper, Smudge"
    And the cats outside are "Luna, Tiger"
    And the flap is set to "out only"
    When Pepper goes out
    And Smudge goes out
    Then no cat is indoors
    And the cats outside are "Luna, Tiger, Pepper, Smudge"
    When the flap is switched to "in only"
    And Luna comes in
    Then the cats indoors are "Luna"

Feature: Paintball hopper

  Scenario: filling an empty hopper
    Given a hopper with 0 paintballs
    When a tube is poured in
    Then the paintball count is 140
    When the marker fires 25 shots
    Then the paintball count is 115

  Scenario: a game's worth of shots
    Given a hopper with 50 paintballs
    When a tube is poured in
    Then the paintball count is 190
    When the marker fires 90 shots
    Then the paintball count is 100
    When the marker fires 100 shots
    Then the paintball count is 0

  Scenario: not enough room and not enough paint
    Given a hopper with 61 paintballs
    When a tube is poured in
    Then the marker says "the hopper cannot take another tube"
    And the paintball count is 61
    When the marker fires 70 shots
    Then the marker says "only 61 paintballs left"
    And the paintball count is 61
    When the marker fires 61 shots
    Then the paintball count is 0
    When the marker fires 3 shots
    Then the marker says "the hopper is empty"

  Scenario: filling to the brim
    Given a hopper with 60 paintballs
    When a tube is poured in
    Then the paintball count is 200
    When the marker fires 12 shots
    Then the paintball count is 188

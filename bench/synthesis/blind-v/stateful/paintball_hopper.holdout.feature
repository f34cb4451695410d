Feature: Paintball hopper

  Scenario: two tubes in a row
    Given a hopper with 0 paintballs
    When a tube is poured in
    And a tube is poured in
    Then the marker says "the hopper cannot take another tube"
    When the marker fires 40 shots
    Then the paintball count is 100

  Scenario: one shot too many
    Given a hopper with 35 paintballs
    When the marker fires 36 shots
    Then the marker says "only 35 paintballs left"
    When a tube is poured in
    Then the paintball count is 175
    When the marker fires 175 shots
    Then the paintball count is 0

  Scenario: empty, refilled and topped up
    Given a hopper with 10 paintballs
    When the marker fires 10 shots
    And the marker fires 2 shots
    Then the marker says "the hopper is empty"
    When a tube is poured in
    And the marker fires 80 shots
    Then the paintball count is 60
    When a tube is poured in
    Then the paintball count is 200

Feature: Carvery
  The carvery starts the day with a number of portions of each roast. A plate takes one portion and
  a large plate takes two. Once a roast has run out the chef can carve a new joint, which gives 12
  more portions.

  Scenario: serving plates
    Given the carvery starts with 10 portions of "beef"
    And the carvery starts with 8 portions of "turkey"
    When a plate of "beef" is served
    And a large plate of "turkey" is served
    And a plate of "turkey" is served
    Then the "beef" portions left are 9
    And the "turkey" portions left are 5
    And the plates served today are 3

  Scenario: a roast runs out
    Given the carvery starts with 2 portions of "pork"
    When a plate of "pork" is served
    And a plate of "pork" is served
    And a plate of "pork" is served
    Then the chef says "the pork has run out"
    And the "pork" portions left are 0
    And the plates served today are 2

  Scenario: one portion is not a large plate
    Given the carvery starts with 3 portions of "beef"
    When a large plate of "beef" is served
    And a large plate of "beef" is served
    Then the chef says "not enough beef for a large plate"
    When a plate of "beef" is served
    Then the "beef" portions left are 0
    And the plates served today are 2

  Scenario: a new joint
    Given the carvery starts with 2 portions of "lamb"
    When a large plate of "lamb" is served
    And a new joint of "lamb" is carved
    Then the "lamb" portions left are 12
    When a large plate of "lamb" is served
    Then the "lamb" portions left are 10

  Scenario: a new joint only when the last has gone
    Given the carvery starts with 4 portions of "turkey"
    When a new joint of "turkey" is carved
    Then the chef says "there is still turkey left"
    And the "turkey" portions left are 4
    When a large plate of "turkey" is served
    And a large plate of "turkey" is served
    And a large plate of "turkey" is served
    Then the chef says "the turkey has run out"
    And the plates served today are 2

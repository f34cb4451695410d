Feature: Carvery
  The carvery starts the day with a number of portions of each roast. A plate takes one portion and
  a large plate takes two. Once a roast has run out the chef can carve a new joint, which gives 12
  more portions.

  Scenario: a mixed lunchtime
    Given the carvery starts with 5 portions of "beef"
    And the carvery starts with 6 portions of "pork"
    When a large plate of "beef" is served
    And a large plate of "pork" is served
    And a plate of "beef" is served
    And a plate of "pork" is served
    Then the "beef" portions left are 2
    And the "pork" portions left are 3
    And the plates served today are 4

  Scenario: the last portion and a new joint
    Given the carvery starts with 3 portions of "lamb"
    When a large plate of "lamb" is served
    And a large plate of "lamb" is served
    Then the chef says "not enough lamb for a large plate"
    When a plate of "lamb" is served
    And a new joint of "lamb" is carved
    And a plate of "lamb" is served
    Then the "lamb" portions left are 11
    And the plates served today are 3

  Scenario: too soon and then just right
    Given the carvery starts with 2 portions of "turkey"
    When a new joint of "turkey" is carved
    Then the chef says "there is still turkey left"
    When a plate of "turkey" is served
    And a plate of "turkey" is served
    And a plate of "turkey" is served
    Then the chef says "the turkey has run out"
    When a new joint of "turkey" is carved
    Then the "turkey" portions left are 12
    And the plates served today are 2

Feature: Trawler quota
  The boat has a quota for the year, in kilograms, for each kind of fish.
  Fish landed is taken off the quota for its kind, and a landing bigger than
  the quota left is refused. Quota can be leased in from another boat, which
  adds to it, or leased out to one, which takes it off without any fish
  being landed. Fish of a kind the boat has no quota for cannot be landed.

  Scenario: leasing out leaves less to land
    Given the boat has 2000 kg of "cod" quota
    And the boat has 1500 kg of "haddock" quota
    When 500 kg of "cod" quota is leased out
    And 1600 kg of "cod" is landed
    Then the quota office replies "only 1500 kg of cod quota is left"
    When 1500 kg of "cod" is landed
    Then the "cod" quota left is 0 kg
    And the "cod" landed this year is 1500 kg
    And the "haddock" quota left is 1500 kg

  Scenario: a first hake quota
    Given the boat has 1500 kg of "haddock" quota
    When 300 kg of "hake" quota is leased in
    And 350 kg of "hake" is landed
    Then the quota office replies "only 300 kg of hake quota is left"
    When 120 kg of "hake" is landed
    Then the "hake" quota left is 180 kg
    And the "hake" landed this year is 120 kg

  Scenario: plaice is refused and haddock is topped up
    Given the boat has 1500 kg of "haddock" quota
    When 90 kg of "plaice" is landed
    Then the quota office replies "the boat has no plaice quota"
    When 700 kg of "haddock" quota is leased in
    And 2000 kg of "haddock" is landed
    Then the "haddock" quota left is 200 kg
    And the "haddock" landed this year is 2000 kg

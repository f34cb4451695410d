Feature: Trawler quota
  The boat has a quota for the year, in kilograms, for each kind of fish.
  Fish landed is taken off the quota for its kind, and a landing bigger than
  the quota left is refused. Quota can be leased in from another boat, which
  adds to it, or leased out to one, which takes it off without any fish
  being landed. Fish of a kind the boat has no quota for cannot be landed.

  Scenario: landings are taken off the quota
    Given the boat has 2000 kg of "cod" quota
    And the boat has 1500 kg of "haddock" quota
    When 800 kg of "cod" is landed
    And 650 kg of "haddock" is landed
    Then the "cod" quota left is 1200 kg
    And the "haddock" quota left is 850 kg
    And the "cod" landed this year is 800 kg

  Scenario: a landing that is too big
    Given the boat has 2000 kg of "cod" quota
    When 1700 kg of "cod" is landed
    And 500 kg of "cod" is landed
    Then the quota office replies "only 300 kg of cod quota is left"
    And the "cod" quota left is 300 kg
    And the "cod" landed this year is 1700 kg
    When 100 kg of "cod" quota is leased out
    Then the "cod" quota left is 200 kg

  Scenario: leasing in quota for a big catch
    Given the boat has 2000 kg of "cod" quota
    And the boat has 1500 kg of "haddock" quota
    When 2100 kg of "cod" is landed
    Then the quota office replies "only 2000 kg of cod quota is left"
    When 400 kg of "cod" quota is leased in
    And 2100 kg of "cod" is landed
    Then the "cod" quota left is 300 kg
    And the "cod" landed this year is 2100 kg

  Scenario: leasing quota out
    Given the boat has 1500 kg of "haddock" quota
    When 600 kg of "haddock" quota is leased out
    Then the "haddock" quota left is 900 kg
    And the "haddock" landed this year is 0 kg
    When 1000 kg of "haddock" quota is leased out
    Then the quota office replies "only 900 kg of haddock quota is left"
    And the "haddock" quota left is 900 kg

  Scenario: a kind with no quota
    Given the boat has 2000 kg of "cod" quota
    When 300 kg of "hake" is landed
    Then the quota office replies "the boat has no hake quota"
    When 250 kg of "hake" quota is leased in
    And 200 kg of "hake" is landed
    Then the "hake" quota left is 50 kg
    And the "hake" landed this year is 200 kg
    And the "cod" quota left is 2000 kg

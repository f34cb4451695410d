Feature: Vaccine clinic vials
  The clinic keeps vaccine vials in a fridge. A vial holds 10 doses and only one vial is
  open at a time. An open vial must be used within 6 hours of opening: when that time is
  up, the doses still in it are thrown away as wasted. An empty vial is thrown away too,
  and then a new vial can be opened.

  Scenario: using up a vial
    Given the fridge holds 3 vials
    When a vial is opened
    And 4 people are vaccinated
    Then the doses left in the open vial are 6
    When 7 people are vaccinated
    Then the nurse is told "only 6 doses left in the vial"
    When 6 people are vaccinated
    Then no vial is open
    And the doses given are 10

  Scenario: doses thrown away after six hours
    Given the fridge holds 2 vials
    When 5 people are vaccinated
    Then the nurse is told "open a vial first"
    When a vial is opened
    And a vial is opened
    Then the nurse is told "a vial is already open"
    When 3 people are vaccinated
    And 4 hours pass
    Then the doses left in the open vial are 7
    When 2 hours pass
    Then no vial is open
    And the doses wasted are 7
    And the vials in the fridge are 1

  Scenario: the fridge runs out
    Given the fridge holds 2 vials
    When a vial is opened
    And 10 people are vaccinated
    And a vial is opened
    And 3 hours pass
    And 2 people are vaccinated
    And 3 hours pass
    And a vial is opened
    Then the nurse is told "the fridge is empty"
    And the doses given are 12
    And the doses wasted are 8

  Scenario: a whole vial wasted
    Given the fridge holds 4 vials
    When a vial is opened
    And 5 hours pass
    Then the doses left in the open vial are 10
    When 2 hours pass
    Then the doses wasted are 10
    When a vial is opened
    And 6 people are vaccinated
    Then the vials in the fridge are 2
    And the doses left in the open vial are 4

Feature: Vaccine clinic vials
  The clinic keeps vaccine vials in a fridge. A vial holds 10 doses and only one vial is
  open at a time. An open vial must be used within 6 hours of opening: when that time is
  up, the doses still in it are thrown away as wasted. An empty vial is thrown away too,
  and then a new vial can be opened.

  Scenario: the last doses go to waste
    Given the fridge holds 3 vials
    When a vial is opened
    And 3 people are vaccinated
    And 2 hours pass
    And 5 people are vaccinated
    Then the doses left in the open vial are 2
    When 3 people are vaccinated
    Then the nurse is told "only 2 doses left in the vial"
    When 4 hours pass
    Then no vial is open
    And the doses wasted are 2

  Scenario: the second vial
    Given the fridge holds 2 vials
    When 2 people are vaccinated
    Then the nurse is told "open a vial first"
    When a vial is opened
    And 10 people are vaccinated
    And a vial is opened
    Then the vials in the fridge are 0
    And the doses left in the open vial are 10
    And the doses given are 10

  Scenario: opening too soon
    Given the fridge holds 2 vials
    When a vial is opened
    And a vial is opened
    Then the nurse is told "a vial is already open"
    When 6 hours pass
    And a vial is opened
    And 9 people are vaccinated
    Then the doses given are 9
    And the doses wasted are 10
    And the doses left in the open vial are 1

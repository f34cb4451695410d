Feature: Pocket money jars

  Scenario: earning, lending and spending it all
    Given "Sam" has 7.00 saved
    And "Kit" has 1.00 saved
    When "Kit" earns 0.75 for a chore
    And "Sam" lends "Kit" 2.25
    And "Kit" spends 4.00
    Then "Kit" has 0.00 saved
    And "Sam" has 4.75 saved

  Scenario: a cent short, then a loan
    Given "Sam" has 3.00 saved
    And "Kit" has 3.00 saved
    When "Sam" spends 3.01
    Then the spending is refused with "Sam has only 3.00"
    When "Kit" lends "Sam" 3.00
    And "Sam" spends 3.01
    Then "Sam" has 2.99 saved
    When "Kit" lends "Sam" 0.01
    Then the loan is refused with "Kit has only 0.00"
    And "Kit" has 0.00 saved

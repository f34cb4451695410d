Feature: Pocket money jars

  Scenario: earning for a chore
    Given "Mia" has 5.00 saved
    And "Leo" has 3.00 saved
    When "Mia" earns 1.50 for a chore
    Then "Mia" has 6.50 saved
    And "Leo" has 3.00 saved

  Scenario: a loan between the two
    Given "Mia" has 4.00 saved
    And "Leo" has 2.00 saved
    When "Mia" lends "Leo" 1.50
    Then "Mia" has 2.50 saved
    And "Leo" has 3.50 saved

  Scenario: spending more than saved
    Given "Mia" has 8.00 saved
    And "Leo" has 0.50 saved
    When "Leo" spends 2.00
    Then the spending is refused with "Leo has only 0.50"
    And "Leo" has 0.50 saved

  Scenario: a loan that is too big
    Given "Mia" has 10.00 saved
    And "Leo" has 0.00 saved
    When "Leo" earns 2.00 for a chore
    And "Leo" spends 1.25
    And "Mia" lends "Leo" 10.50
    Then the loan is refused with "Mia has only 10.00"
    And "Leo" has 0.75 saved
    And "Mia" has 10.00 saved

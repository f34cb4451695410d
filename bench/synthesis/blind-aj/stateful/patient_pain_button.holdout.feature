Feature: Patient-controlled pain relief pump
  Each press of the button gives one dose from the syringe, unless the pump is
  locked out: for 10 minutes after a dose, presses give nothing and the pump
  shows how long is left. An empty syringe gives nothing either until the nurse
  fits a new one.

  Scenario: pressing too often
    Given a pump with 20 doses in the syringe
    When the patient presses the button
    And 3 minutes pass
    And the patient presses the button
    Then the pump shows "locked out for 7 more minutes"
    When 5 minutes pass
    And the patient presses the button
    Then the pump shows "locked out for 2 more minutes"
    When 2 minutes pass
    And the patient presses the button
    Then the doses given are 2

  Scenario: a long night
    Given a pump with 3 doses in the syringe
    When the patient presses the button
    And 20 minutes pass
    And the patient presses the button
    And 20 minutes pass
    And the patient presses the button
    Then the doses left are 0
    When 20 minutes pass
    And the patient presses the button
    Then the pump shows "the syringe is empty"
    And the doses given are 3

  Scenario: a refill after running dry
    Given a pump with 2 doses in the syringe
    When the patient presses the button
    And 10 minutes pass
    And the patient presses the button
    And 10 minutes pass
    And the patient presses the button
    Then the pump shows "the syringe is empty"
    When the nurse fits a new syringe of 25 doses
    And the patient presses the button
    Then the doses left are 24
    And the doses given are 3

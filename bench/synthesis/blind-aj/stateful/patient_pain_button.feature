Feature: Patient-controlled pain relief pump
  Each press of the button gives one dose from the syringe, unless the pump is
  locked out: for 10 minutes after a dose, presses give nothing and the pump
  shows how long is left. An empty syringe gives nothing either until the nurse
  fits a new one.

  Scenario: the first dose
    Given a pump with 20 doses in the syringe
    When the patient presses the button
    Then the doses given are 1
    And the doses left are 19

  Scenario: pressing during the lockout
    Given a pump with 20 doses in the syringe
    When the patient presses the button
    And 4 minutes pass
    And the patient presses the button
    Then the pump shows "locked out for 6 more minutes"
    And the doses given are 1

  Scenario: after the lockout
    Given a pump with 20 doses in the syringe
    When the patient presses the button
    And 10 minutes pass
    And the patient presses the button
    Then the doses given are 2
    And the doses left are 18

  Scenario: an empty syringe
    Given a pump with 2 doses in the syringe
    When the patient presses the button
    And 15 minutes pass
    And the patient presses the button
    And 12 minutes pass
    And the patient presses the button
    Then the pump shows "the syringe is empty"
    And the doses given are 2
    When the nurse fits a new syringe of 10 doses
    Then the doses left are 10

  Scenario: a new syringe does not end the lockout
    Given a pump with 2 doses in the syringe
    When the patient presses the button
    And 30 minutes pass
    And the patient presses the button
    And the nurse fits a new syringe of 30 doses
    Then the doses left are 30
    When the patient presses the button
    Then the pump shows "locked out for 10 more minutes"
    And the doses given are 2

Feature: Office petty cash tin
  The tin keeps a float of 50.00. Money is taken out against a receipt, change is put back, and
  now and then the tin is topped back up to the float. The receipts show what was really spent,
  so change put back comes off them. Change can never take the tin over the float.

  Scenario: taking money out
    Given a full tin
    When 7.20 is taken out for "milk"
    Then the tin holds 42.80
    When 12.65 is taken out for "stamps"
    Then the tin holds 30.15
    And the receipts add up to 19.85

  Scenario: putting change back
    Given a full tin
    When 10.00 is taken out for "biscuits"
    And 3.35 change is put back
    Then the tin holds 43.35
    And the receipts add up to 6.65
    When 7.00 change is put back
    Then the tin refuses it with "that would take the tin over 50.00"
    And the tin holds 43.35

  Scenario: topping up to the float
    Given the tin holds 14.60
    When the tin is topped up
    Then the tin holds 50.00
    And the last top-up was 35.40
    When the tin is topped up
    Then the tin refuses it with "the tin is already full"

  Scenario: not enough in the tin
    Given the tin holds 12.40
    When 15.00 is taken out for "lunch"
    Then the tin refuses it with "only 12.40 in the tin"
    When 12.40 is taken out for "lunch"
    Then the tin holds 0.00
    And the receipts add up to 12.40
    When 1.50 is taken out for "tape"
    Then the tin refuses it with "the tin is empty"
    When the tin is topped up
    Then the last top-up was 50.00

  Scenario: flowers for a leaving card
    Given a full tin
    When 25.50 is taken out for "flowers"
    And 4.25 change is put back
    And the tin is topped up
    Then the last top-up was 21.25
    And the receipts add up to 21.25

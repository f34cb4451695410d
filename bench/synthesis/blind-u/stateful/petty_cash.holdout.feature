Feature: Office petty cash tin
  The tin keeps a float of 50.00. Money is taken out against a receipt, change is put back, and
  now and then the tin is topped back up to the float. The receipts show what was really spent,
  so change put back comes off them. Change can never take the tin over the float.

  Scenario: a busy week
    Given a full tin
    When 18.90 is taken out for "cleaning"
    And 2.45 change is put back
    And 30.00 is taken out for "taxi"
    Then the tin holds 3.55
    And the receipts add up to 46.45
    When 5.00 is taken out for "milk"
    Then the tin refuses it with "only 3.55 in the tin"

  Scenario: a top-up and then stray change
    Given the tin holds 37.25
    When the tin is topped up
    Then the tin holds 50.00
    When 0.50 change is put back
    Then the tin refuses it with "that would take the tin over 50.00"
    And the last top-up was 12.75

  Scenario: emptied and partly refilled
    Given the tin holds 8.10
    When 8.10 is taken out for "coffee"
    And 2.00 is taken out for "sugar"
    Then the tin refuses it with "the tin is empty"
    When 1.20 change is put back
    Then the tin holds 1.20
    And the receipts add up to 6.90

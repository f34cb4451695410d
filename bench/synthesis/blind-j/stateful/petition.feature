Feature: Online petition

  Scenario: collecting signatures
    Given a petition that needs 3 signatures
    When "ana@mail.com" signs
    And "ben@mail.com" signs
    Then the petition has 2 signatures
    And the petition shows "collecting"

  Scenario: reaching the goal
    Given a petition that needs 2 signatures
    When "ana@mail.com" signs
    And "ben@mail.com" signs
    Then the petition shows "goal reached"
    When "cleo@mail.com" signs
    Then the petition has 3 signatures
    And the petition shows "goal reached"

  Scenario: signing twice
    Given a petition that needs 5 signatures
    When "ana@mail.com" signs
    And "ana@mail.com" signs
    Then the signature is refused with "already signed"
    And the petition has 1 signatures

  Scenario: a withdrawal below the goal
    Given a petition that needs 2 signatures
    When "ana@mail.com" signs
    And "ben@mail.com" signs
    And "ben@mail.com" withdraws
    Then the petition has 1 signatures
    And the petition shows "collecting"

  Scenario: withdrawing without signing
    Given a petition that needs 10 signatures
    When "cleo@mail.com" withdraws
    Then the signature is refused with "no signature to withdraw"
    And the petition has 0 signatures
    When "cleo@mail.com" signs
    Then the petition has 1 signatures

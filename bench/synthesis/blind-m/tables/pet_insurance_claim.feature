Feature: Pet insurance claims
  The owner pays the policy excess first. The insurer pays 80% of the rest of
  the vet bill, rounded to the nearest cent, and the owner pays everything
  else.

  Scenario Outline: settling a claim
    Given a vet bill of <bill>
    And a policy excess of <excess>
    When the claim is settled
    Then the insurer pays <insurer>
    And the owner pays <owner>

    Examples:
      | bill    | excess | insurer | owner  |
      | 500.00  | 100.00 | 320.00  | 180.00 |
      | 250.00  | 250.00 | 0.00    | 250.00 |
      | 80.00   | 100.00 | 0.00    | 80.00  |
      | 1234.56 | 99.00  | 908.45  | 326.11 |
      | 150.01  | 50.00  | 80.01   | 70.00  |
      | 99.99   | 0.00   | 79.99   | 20.00  |
      | 310.47  | 75.00  | 188.38  | 122.09 |
      | 2000.00 | 150.00 | 1480.00 | 520.00 |

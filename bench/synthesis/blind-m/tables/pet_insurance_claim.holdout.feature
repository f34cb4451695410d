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
      | 420.00  | 120.00 | 240.00  | 180.00 |
      | 60.00   | 75.00  | 0.00    | 60.00  |
      | 875.43  | 100.00 | 620.34  | 255.09 |
      | 199.99  | 49.99  | 120.00  | 79.99  |
      | 1000.01 | 250.00 | 600.01  | 400.00 |
      | 45.67   | 0.00   | 36.54   | 9.13   |

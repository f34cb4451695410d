Feature: Loan pre-check
  Applicants who missed a payment last year are declined.
  Otherwise, applicants on a permanent contract earning at least 2000 a month are approved,
  and anyone else earning at least 1500 a month is referred to an adviser.
  Everyone else is declined.

  Scenario Outline: pre-checking an application
    Given the applicant earns <income> a month
    And the applicant missed a payment last year: <missed>
    And the applicant is on a <contract> contract
    When the application is pre-checked
    Then the application is <outcome>

    Examples:
      | income | missed | contract  | outcome  |
      | 4200   | no     | freelance | referred |
      | 2100   | no     | permanent | approved |
      | 1200   | no     | permanent | declined |
      | 3100   | yes    | temporary | declined |
      | 1650   | no     | temporary | referred |

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
      | 2500   | no     | permanent | approved |
      | 2000   | no     | permanent | approved |
      | 2500   | yes    | permanent | declined |
      | 1999   | no     | permanent | referred |
      | 3000   | no     | temporary | referred |
      | 1500   | no     | freelance | referred |
      | 1499   | no     | temporary | declined |
      | 1800   | yes    | freelance | declined |

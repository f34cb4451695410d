Feature: Prescription charge
  Each item costs 9.90. It is free for anyone under 16 or aged 60 or over, for 16, 17 and
  18 year olds in full-time education, and for anyone holding an exemption certificate.

  Scenario Outline: the charge for each item
    Given a patient aged <age>
    And the patient is in full-time education: <student>
    And the patient has an exemption certificate: <certificate>
    When the prescription is charged
    Then each item costs <charge>

    Examples:
      | age | student | certificate | charge |
      | 8   | no      | no          | 0.00   |
      | 17  | yes     | no          | 0.00   |
      | 17  | no      | no          | 9.90   |
      | 30  | yes     | no          | 9.90   |
      | 52  | no      | yes         | 0.00   |
      | 72  | no      | no          | 0.00   |

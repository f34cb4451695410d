Feature: Phone number formatting

  Scenario Outline: tidying a typed phone number
    Given the typed number "<typed>"
    When the number is formatted
    Then it reads "<formatted>"

    Examples:
      | typed          | formatted         |
      | 415 555 0000   | (415) 555-0000    |
      | 1-800-555-0101 | +1 (800) 555-0101 |
      | 555 1234       | invalid           |
      | (303)555-7788  | (303) 555-7788    |
      | 1234567890123  | invalid           |

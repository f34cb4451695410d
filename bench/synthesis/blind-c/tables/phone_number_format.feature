Feature: Phone number formatting

  Scenario Outline: tidying a typed phone number
    Given the typed number "<typed>"
    When the number is formatted
    Then it reads "<formatted>"

    Examples:
      | typed          | formatted         |
      | 5551234567     | (555) 123-4567    |
      | 555-123-4567   | (555) 123-4567    |
      | 555.987.6543   | (555) 987-6543    |
      | (212) 555 0199 | (212) 555-0199    |
      | 1 555 222 3333 | +1 (555) 222-3333 |
      | 12345          | invalid           |
      | 25551234567    | invalid           |
      | 555-12a-4567   | invalid           |

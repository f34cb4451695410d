Feature: Contact phone numbers

  Scenario Outline: a phone number shown in the contact card
    Given the phone number "<raw>"
    When the phone number is formatted
    Then it is shown as "<shown>"

    Examples:
      | raw            | shown          |
      | 5551234567     | (555) 123-4567 |
      | 555-123-4567   | (555) 123-4567 |
      | 555 123 4567   | (555) 123-4567 |
      | 2125550199     | (212) 555-0199 |
      | (415) 555 2671 | (415) 555-2671 |
      | 800.867.5309   | (800) 867-5309 |
      | 3105550000     | (310) 555-0000 |

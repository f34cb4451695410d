Feature: Contact phone numbers

  Scenario Outline: a phone number shown in the contact card
    Given the phone number "<raw>"
    When the phone number is formatted
    Then it is shown as "<shown>"

    Examples:
      | raw            | shown          |
      | 6175550123     | (617) 555-0123 |
      | 206 555 0100   | (206) 555-0100 |
      | 312-555-7788   | (312) 555-7788 |
      | (702) 555-1212 | (702) 555-1212 |
      | 929.555.4400   | (929) 555-4400 |

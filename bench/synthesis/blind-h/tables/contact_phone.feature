Feature: Phone numbers on the contact card

  Scenario Outline: showing a phone number
    Given the number "<typed>" was typed in
    When the contact card is shown
    Then the number reads "<shown>"

    Examples:
      | typed               | shown          |
      | 0612345678          | 06 12 34 56 78 |
      | 06-12-34-56-78      | 06 12 34 56 78 |
      | 020 555 1234        | 02 05 55 12 34 |
      | 01.23.45.67.89      | 01 23 45 67 89 |
      | 0698765432          | 06 98 76 54 32 |
      | 0 6 1 1 2 2 3 3 4 4 | 06 11 22 33 44 |
      | 070-1234567         | 07 01 23 45 67 |
      | 0800 00 11 22       | 08 00 00 11 22 |

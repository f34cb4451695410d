Feature: Dry cleaning bill
  Shirts cost 2.80 each, or 2.20 each when 5 or more shirts come in together. Suits cost 11.50
  each. Whatever is brought in, the bill is never less than 8.00.

  Scenario Outline: pricing a dry cleaning order
    Given the shirt count is <shirts>
    And the suit count is <suits>
    When the cleaning is priced
    Then the bill is <bill>

    Examples:
      | shirts | suits | bill  |
      | 1      | 0     | 8.00  |
      | 2      | 0     | 8.00  |
      | 3      | 0     | 8.40  |
      | 4      | 0     | 11.20 |
      | 5      | 0     | 11.00 |
      | 0      | 1     | 11.50 |
      | 2      | 1     | 17.10 |
      | 6      | 2     | 36.20 |
      | 4      | 1     | 22.70 |

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
      | 7      | 0     | 15.40 |
      | 1      | 1     | 14.30 |
      | 10     | 1     | 33.50 |
      | 0      | 2     | 23.00 |
      | 5      | 3     | 45.50 |
      | 3      | 2     | 31.40 |

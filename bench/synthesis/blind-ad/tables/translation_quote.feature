Feature: Translation quote
  We charge 0.09 a word, with a minimum of 35.00 a job. Urgent jobs cost half as much
  again, and that includes jobs charged at the minimum. Half a cent is rounded up.

  Scenario Outline: the price of a translation
    Given a document of <words> words
    And the job is urgent: <urgent>
    When the quote is made
    Then the price is <price>

    Examples:
      | words | urgent | price  |
      | 100   | no     | 35.00  |
      | 388   | no     | 35.00  |
      | 389   | no     | 35.01  |
      | 388   | yes    | 52.50  |
      | 389   | yes    | 52.52  |
      | 1000  | no     | 90.00  |
      | 1000  | yes    | 135.00 |
      | 2347  | no     | 211.23 |
      | 2347  | yes    | 316.85 |

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
      | 50    | yes    | 52.50  |
      | 250   | no     | 35.00  |
      | 500   | no     | 45.00  |
      | 501   | yes    | 67.64  |
      | 1234  | yes    | 166.59 |
      | 3000  | no     | 270.00 |

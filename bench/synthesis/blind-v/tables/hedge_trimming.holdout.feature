Feature: Hedge trimming
  Trimming costs 2.50 a metre for a hedge up to 2.0 m high and 4.00 a metre for a taller one,
  with a minimum of 40.00 for the trimming. Taking the cuttings away adds 15.00 to the quote.

  Scenario Outline: quoting for a hedge
    Given a hedge <length> m long
    And it is <height> m high
    And the cuttings are taken away: <take_away>
    When the hedge trimming is quoted
    Then the trimming costs <trimming>
    And the quote is <quote>

    Examples:
      | length | height | take_away | trimming | quote  |
      | 12     | 1.9    | yes       | 40.00    | 55.00  |
      | 18     | 2.0    | no        | 45.00    | 45.00  |
      | 50     | 1.6    | yes       | 125.00   | 140.00 |
      | 6      | 2.4    | no        | 40.00    | 40.00  |
      | 11     | 3.0    | yes       | 44.00    | 59.00  |
      | 25     | 2.2    | no        | 100.00   | 100.00 |

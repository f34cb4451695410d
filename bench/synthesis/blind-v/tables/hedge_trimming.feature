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
      | 4      | 1.0    | yes       | 40.00    | 55.00  |
      | 10     | 1.5    | no        | 40.00    | 40.00  |
      | 16     | 1.8    | no        | 40.00    | 40.00  |
      | 17     | 1.8    | no        | 42.50    | 42.50  |
      | 35     | 1.2    | yes       | 87.50    | 102.50 |
      | 20     | 2.0    | yes       | 50.00    | 65.00  |
      | 20     | 2.1    | no        | 80.00    | 80.00  |
      | 10     | 2.1    | no        | 40.00    | 40.00  |
      | 9      | 2.5    | yes       | 40.00    | 55.00  |

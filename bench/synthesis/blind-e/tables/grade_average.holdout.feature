Feature: End of term report
  Each pupil has three marks out of 20. The average of the three is rounded to one
  decimal. A pupil passes with an average of 10 or more, as long as none of the
  three marks is below 6.

  Scenario Outline: average mark and pass
    Given the marks <first>, <second> and <third>
    When the report is written
    Then the average is <average>
    And the pupil has passed: <passed>

    Examples:
      | first | second | third | average | passed |
      | 13    | 9      | 11    | 11.0    | yes    |
      | 14    | 15     | 15    | 14.7    | yes    |
      | 8     | 9      | 10    | 9.0     | no     |
      | 16    | 4      | 19    | 13.0    | no     |
      | 12    | 13     | 15    | 13.3    | yes    |
      | 9     | 10     | 12    | 10.3    | yes    |

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
      | 12    | 14     | 16    | 14.0    | yes    |
      | 10    | 10     | 10    | 10.0    | yes    |
      | 9     | 10     | 10    | 9.7     | no     |
      | 10    | 10     | 11    | 10.3    | yes    |
      | 18    | 17     | 5     | 13.3    | no     |
      | 6     | 12     | 12    | 10.0    | yes    |
      | 7     | 8      | 8     | 7.7     | no     |
      | 20    | 20     | 19    | 19.7    | yes    |

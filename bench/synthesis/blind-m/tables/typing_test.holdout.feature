Feature: Typing test results
  Five characters count as one word: the speed is the characters typed divided
  by 5, per minute taken. Accuracy is the share of characters typed without a
  mistake. Both are rounded to the nearest whole number.

  Scenario Outline: scoring a typing test
    Given <characters> characters typed in <seconds> seconds
    And <mistakes> of them typed wrong
    When the test is scored
    Then the speed is <wpm> words per minute
    And the accuracy is <accuracy>%

    Examples:
      | characters | seconds | mistakes | wpm | accuracy |
      | 720        | 120     | 8        | 72  | 99       |
      | 2500       | 500     | 100      | 60  | 96       |
      | 950        | 150     | 19       | 76  | 98       |
      | 1111       | 200     | 55       | 67  | 95       |
      | 400        | 45      | 0        | 107 | 100      |
      | 1800       | 420     | 36       | 51  | 98       |

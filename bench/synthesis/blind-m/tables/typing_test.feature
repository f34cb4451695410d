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
      | 1500       | 300     | 15       | 60  | 99       |
      | 1000       | 240     | 50       | 50  | 95       |
      | 600        | 60      | 0        | 120 | 100      |
      | 875        | 180     | 35       | 58  | 96       |
      | 1234       | 300     | 17       | 49  | 99       |
      | 450        | 120     | 90       | 45  | 80       |
      | 2000       | 600     | 3        | 40  | 100      |
      | 1000       | 180     | 23       | 67  | 98       |

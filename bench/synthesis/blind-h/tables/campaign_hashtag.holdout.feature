Feature: Campaign hashtags

  Scenario Outline: turning a slogan into a hashtag
    Given the slogan "<slogan>"
    When it is turned into a hashtag
    Then the hashtag is "<hashtag>"

    Examples:
      | slogan              | hashtag            |
      | spring into savings | #SpringIntoSavings |
      | HAPPY hour          | #HappyHour         |
      | top 10 tips         | #Top10Tips         |
      | well-being week     | #WellBeingWeek     |
      | yes, we can!        | #YesWeCan          |

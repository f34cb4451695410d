Feature: Campaign hashtags

  Scenario Outline: turning a slogan into a hashtag
    Given the slogan "<slogan>"
    When it is turned into a hashtag
    Then the hashtag is "<hashtag>"

    Examples:
      | slogan             | hashtag           |
      | summer sale        | #SummerSale       |
      | back to school     | #BackToSchool     |
      | BLACK FRIDAY deals | #BlackFridayDeals |
      | world cup 2026     | #WorldCup2026     |
      | rock 'n' roll      | #RockNRoll        |
      | new-year party     | #NewYearParty     |
      | go!                | #Go               |
      | eat, sleep, repeat | #EatSleepRepeat   |

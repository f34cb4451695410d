Feature: Follower count display
  Profiles show follower counts in short form. Below 1000 the count is shown as it is. From 1000
  to 9999 it is shown in thousands with one decimal, as in "4.7K"; from 10000 in whole
  thousands, as in "52K"; from a million in millions with one decimal, as in "2.3M". Short forms
  are always rounded down, and a decimal of 0 is left out ("3K", not "3.0K").

  Scenario Outline: showing a follower count
    Given a profile has <followers> followers
    When the count is shown
    Then the profile shows "<shown>"

    Examples:
      | followers | shown |
      | 640       | 640   |
      | 1234      | 1.2K  |
      | 3050      | 3K    |
      | 999999    | 999K  |
      | 1000000   | 1M    |
      | 7890000   | 7.8M  |

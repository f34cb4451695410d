Feature: Episode titles in the feed
  Feed titles start with the season and the episode number, written as "S"
  and "E" each followed by two digits, then " - " and the episode name as the
  host wrote it.

  Scenario Outline: title of an episode
    Given season <season> episode <episode> is called "<name>"
    When the feed title is made
    Then the title is "<title>"

    Examples:
      | season | episode | name           | title                   |
      | 3      | 7       | Road trip      | S03E07 - Road trip      |
      | 11     | 11      | Eleven         | S11E11 - Eleven         |
      | 5      | 30      | Listener mail  | S05E30 - Listener mail  |
      | 2      | 10      | Guest chef     | S02E10 - Guest chef     |
      | 7      | 2       | Behind the mic | S07E02 - Behind the mic |

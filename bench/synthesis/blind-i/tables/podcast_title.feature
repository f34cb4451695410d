Feature: Episode titles in the feed
  Feed titles start with the season and the episode number, written as "S"
  and "E" each followed by two digits, then " - " and the episode name as the
  host wrote it.

  Scenario Outline: title of an episode
    Given season <season> episode <episode> is called "<name>"
    When the feed title is made
    Then the title is "<title>"

    Examples:
      | season | episode | name            | title                    |
      | 1      | 1       | Pilot           | S01E01 - Pilot           |
      | 1      | 9       | The Long Night  | S01E09 - The Long Night  |
      | 1      | 10      | Finale          | S01E10 - Finale          |
      | 2      | 3       | Back on air     | S02E03 - Back on air     |
      | 4      | 22      | Ask us anything | S04E22 - Ask us anything |
      | 9      | 9       | Nine lives      | S09E09 - Nine lives      |
      | 10     | 1       | A new decade    | S10E01 - A new decade    |
      | 12     | 45      | Q and A live    | S12E45 - Q and A live    |

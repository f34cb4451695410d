Feature: Copy shop charges
  Black and white copies: the first 100 pages of a job cost 0.10 each, pages 101 to 500
  cost 0.06 each, and every page after 500 costs 0.04.

  Scenario Outline: charging for a copying job
    Given a copying job of <pages> pages
    When the copies are charged
    Then the job costs <total>

    Examples:
      | pages | total  |
      | 5     | 0.50   |
      | 75    | 7.50   |
      | 320   | 23.20  |
      | 499   | 33.94  |
      | 650   | 40.00  |
      | 2500  | 114.00 |

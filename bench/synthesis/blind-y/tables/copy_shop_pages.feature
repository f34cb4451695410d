Feature: Copy shop charges
  Black and white copies: the first 100 pages of a job cost 0.10 each, pages 101 to 500
  cost 0.06 each, and every page after 500 costs 0.04.

  Scenario Outline: charging for a copying job
    Given a copying job of <pages> pages
    When the copies are charged
    Then the job costs <total>

    Examples:
      | pages | total |
      | 40    | 4.00  |
      | 100   | 10.00 |
      | 101   | 10.06 |
      | 250   | 19.00 |
      | 500   | 34.00 |
      | 501   | 34.04 |
      | 800   | 46.00 |
      | 1000  | 54.00 |

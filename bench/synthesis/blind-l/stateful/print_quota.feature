Feature: Library print quota
  Each student can print 50 pages a week. Printing takes pages from what is
  left; a job bigger than what is left is refused with "<name> has only <n>
  pages left this week" and nothing is printed. When a new week starts every
  student is back to 50 pages; unused pages are not carried over.

  Scenario: two jobs
    Given the print allowance is 50 pages a week
    When Omar prints 12 pages
    And Omar prints 20 pages
    Then Omar has 18 pages left this week

  Scenario: a job that does not fit
    Given the print allowance is 50 pages a week
    When Omar prints 45 pages
    And Omar prints 10 pages
    Then the job is refused with "Omar has only 5 pages left this week"
    And Omar has 5 pages left this week

  Scenario: the allowance comes back on Monday
    Given the print allowance is 50 pages a week
    When Omar prints 50 pages
    Then Omar has 0 pages left this week
    When a new week starts
    Then Omar has 50 pages left this week

  Scenario: each student has their own pages
    Given the print allowance is 50 pages a week
    When Omar prints 30 pages
    And Sara prints 49 pages
    Then Sara has 1 page left this week
    And Omar has 20 pages left this week

  Scenario: unused pages do not carry over
    Given the print allowance is 50 pages a week
    When Sara prints 40 pages
    And a new week starts
    And Sara prints 5 pages
    Then Sara has 45 pages left this week

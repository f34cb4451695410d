Feature: Library print quota
  Each student can print 50 pages a week. Printing takes pages from what is
  left; a job bigger than what is left is refused with "<name> has only <n>
  pages left this week" and nothing is printed. When a new week starts every
  student is back to 50 pages; unused pages are not carried over.

  Scenario: a thesis chapter in the second week
    Given the print allowance is 50 pages a week
    When Omar prints 25 pages
    And a new week starts
    And Omar prints 48 pages
    Then Omar has 2 pages left this week
    When Omar prints 3 pages
    Then the job is refused with "Omar has only 2 pages left this week"
    And Omar has 2 pages left this week

  Scenario: a group project
    Given the print allowance is 50 pages a week
    When Sara prints 10 pages
    And Leo prints 35 pages
    And Leo prints 20 pages
    Then the job is refused with "Leo has only 15 pages left this week"
    And Sara has 40 pages left this week
    And Leo has 15 pages left this week

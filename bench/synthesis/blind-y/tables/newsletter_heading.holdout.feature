Feature: Newsletter headings
  Headings in the parish newsletter are in capitals with a space either side, centred on
  a line 30 characters wide and filled out with = signs. When the = signs cannot be split
  evenly, the extra one goes on the right.

  Scenario Outline: setting a heading line
    Given the heading "<heading>"
    When the heading line is set
    Then the line reads "<line>"

    Examples:
      | heading                    | line                           |
      | Quiz                       | ============ QUIZ ============ |
      | Choir Notes                | ======== CHOIR NOTES ========= |
      | Summer Fete Helpers Needed | = SUMMER FETE HELPERS NEEDED = |
      | Prayer Requests            | ====== PRAYER REQUESTS ======= |
      | Thank You                  | ========= THANK YOU ========== |
      | Services This Month        | ==== SERVICES THIS MONTH ===== |

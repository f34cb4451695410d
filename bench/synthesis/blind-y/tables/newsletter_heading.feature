Feature: Newsletter headings
  Headings in the parish newsletter are in capitals with a space either side, centred on
  a line 30 characters wide and filled out with = signs. When the = signs cannot be split
  evenly, the extra one goes on the right.

  Scenario Outline: setting a heading line
    Given the heading "<heading>"
    When the heading line is set
    Then the line reads "<line>"

    Examples:
      | heading                  | line                           |
      | Harvest Supper           | ======= HARVEST SUPPER ======= |
      | Notices                  | ========== NOTICES =========== |
      | Bell Ringers             | ======== BELL RINGERS ======== |
      | Flower Rota              | ======== FLOWER ROTA ========= |
      | From the Vicarage        | ===== FROM THE VICARAGE ====== |
      | Baptisms                 | ========== BAPTISMS ========== |
      | Churchyard Working Party | == CHURCHYARD WORKING PARTY == |
      | Dates for Your Diary     | ==== DATES FOR YOUR DIARY ==== |
      | Youth Club               | ========= YOUTH CLUB ========= |

Feature: Overdue books
  A late book costs 0.25 per day, but never more than 5 in total.

  Scenario Outline: returning a book late
    Given a book returned <days> days after its due date
    When the librarian checks it in
    Then the late fee is <fee>

    Examples:
      | days | fee  |
      | 0    | 0    |
      | 1    | 0.25 |
      | 4    | 1    |
      | 10   | 2.5  |
      | 20   | 5    |
      | 30   | 5    |

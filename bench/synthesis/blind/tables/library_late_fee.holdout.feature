Feature: Overdue books
  A late book costs 0.25 per day, but never more than 5 in total.

  Scenario Outline: returning a book late
    Given a book returned <days> days after its due date
    When the librarian checks it in
    Then the late fee is <fee>

    Examples:
      | days | fee  |
      | 19   | 4.75 |
      | 21   | 5    |
      | 2    | 0.5  |
      | 365  | 5    |
      | 7    | 1.75 |

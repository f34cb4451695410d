Feature: Birthday cake icing

  Scenario Outline: icing text
    Given the name for the cake is "<name>"
    And they are turning <age>
    When the icing text is written
    Then the cake reads "<text>"

    Examples:
      | name           | age | text                                  |
      | Sam            | 30  | Happy 30th Birthday, Sam!             |
      | Aunt May       | 1   | Happy 1st Birthday, Aunt May!         |
      | Leo            | 2   | Happy 2nd Birthday, Leo!              |
      | Grandpa Joe    | 3   | Happy 3rd Birthday, Grandpa Joe!      |
      | Mia            | 11  | Happy 11th Birthday, Mia!             |
      | Olivia         | 12  | Happy 12th Birthday, Olivia!          |
      | Noah           | 13  | Happy 13th Birthday, Noah!            |
      | Rosa           | 21  | Happy 21st Birthday, Rosa!            |
      | Great Gran Ada | 112 | Happy 112th Birthday, Great Gran Ada! |

Feature: Birthday cake icing

  Scenario Outline: icing text
    Given the name for the cake is "<name>"
    And they are turning <age>
    When the icing text is written
    Then the cake reads "<text>"

    Examples:
      | name             | age | text                                    |
      | Ella             | 22  | Happy 22nd Birthday, Ella!              |
      | Tom              | 43  | Happy 43rd Birthday, Tom!               |
      | Grandma Rose     | 90  | Happy 90th Birthday, Grandma Rose!      |
      | Great Aunt Edith | 111 | Happy 111th Birthday, Great Aunt Edith! |
      | Kai              | 5   | Happy 5th Birthday, Kai!                |
      | Ivy              | 101 | Happy 101st Birthday, Ivy!              |

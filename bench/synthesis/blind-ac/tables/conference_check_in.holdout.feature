Feature: Conference check-in tables
  Guests collect their badges at a table by the first letter of their surname, whatever
  the capitals: A to F at table 1, G to L at table 2, M to R at table 3 and S to Z at
  table 4. Speakers always go to table 5.

  Scenario Outline: finding the right table
    Given a guest with the surname "<surname>"
    And their ticket type is "<ticket>"
    When the check-in table is looked up
    Then they go to table <table>

    Examples:
      | surname  | ticket   | table |
      | Evans    | delegate | 1     |
      | Hughes   | day pass | 2     |
      | le Roux  | delegate | 2     |
      | Patel    | day pass | 3     |
      | Thompson | delegate | 4     |
      | Young    | speaker  | 5     |

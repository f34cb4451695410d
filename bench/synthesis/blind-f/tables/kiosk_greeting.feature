Feature: Greeting on the kiosk screen
  Before 12 o'clock the screen says "Good morning", from 12 until before 18
  "Good afternoon", and from 18 on "Good evening", followed by a comma, a
  space, the visitor's name and an exclamation mark.

  Scenario Outline: greeting by the hour
    Given a visitor called "<name>"
    And the clock shows <hour> o'clock
    When the screen greets the visitor
    Then the screen says "<greeting>"

    Examples:
      | name  | hour | greeting              |
      | Ana   | 8    | Good morning, Ana!    |
      | Ben   | 0    | Good morning, Ben!    |
      | Chloe | 11   | Good morning, Chloe!  |
      | Dev   | 12   | Good afternoon, Dev!  |
      | Eva   | 17   | Good afternoon, Eva!  |
      | Finn  | 18   | Good evening, Finn!   |
      | Gus   | 23   | Good evening, Gus!    |
      | Hana  | 15   | Good afternoon, Hana! |

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
      | name | hour | greeting             |
      | Ivo  | 6    | Good morning, Ivo!   |
      | Jia  | 13   | Good afternoon, Jia! |
      | Kai  | 19   | Good evening, Kai!   |
      | Lea  | 10   | Good morning, Lea!   |
      | Mo   | 22   | Good evening, Mo!    |

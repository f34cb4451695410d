Feature: Child car seat
  A child shorter than 76 cm, or lighter than 9 kg whatever their height, rides rear-facing.
  From 76 cm to 104 cm it is a forward-facing seat, from 105 cm to 134 cm a booster seat, and
  from 135 cm the ordinary seat belt is enough.

  Scenario Outline: choosing the seat
    Given a child who is <height> cm tall
    And who weighs <weight> kg
    When the right car seat is chosen
    Then the child rides in "<seat>"

    Examples:
      | height | weight | seat           |
      | 60     | 5      | rear-facing    |
      | 72     | 9      | rear-facing    |
      | 82     | 8      | rear-facing    |
      | 95     | 14     | forward-facing |
      | 120    | 23     | booster        |
      | 150    | 40     | seat belt      |

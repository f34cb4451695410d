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
      | 68     | 7      | rear-facing    |
      | 75     | 10     | rear-facing    |
      | 76     | 10     | forward-facing |
      | 80     | 8      | rear-facing    |
      | 80     | 9      | forward-facing |
      | 104    | 17     | forward-facing |
      | 105    | 18     | booster        |
      | 134    | 30     | booster        |
      | 135    | 32     | seat belt      |

Feature: Free flu jab list
  The surgery offers a free flu jab to children aged 2 or 3, to everyone aged 65 or over,
  and to anyone who is pregnant or has a long-term health condition.

  Scenario Outline: who is offered a jab
    Given the patient is <age> years old
    And the patient is pregnant: <pregnant>
    And the patient has a long-term condition: <condition>
    When the flu clinic list is drawn up
    Then a free jab is offered: <offered>

    Examples:
      | age | pregnant | condition | offered |
      | 2   | no       | no        | yes     |
      | 3   | no       | no        | yes     |
      | 4   | no       | no        | no      |
      | 17  | no       | no        | no      |
      | 30  | yes      | no        | yes     |
      | 45  | no       | yes       | yes     |
      | 64  | no       | no        | no      |
      | 65  | no       | no        | yes     |
      | 70  | no       | yes       | yes     |

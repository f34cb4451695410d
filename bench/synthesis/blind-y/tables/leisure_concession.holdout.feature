Feature: Leisure centre concessions
  Concession prices are for anyone under 18, anyone aged 65 or over, full-time students
  under 25, and anyone holding a Leisure Access card.

  Scenario Outline: choosing the ticket price
    Given the customer is <age> years old
    And they are a full-time student: <student>
    And they hold a Leisure Access card: <card>
    When the ticket price is chosen
    Then the concession applies: <concession>

    Examples:
      | age | student | card | concession |
      | 8   | no      | no   | yes        |
      | 21  | yes     | no   | yes        |
      | 33  | yes     | no   | no         |
      | 45  | no      | no   | no         |
      | 80  | no      | no   | yes        |
      | 28  | yes     | yes  | yes        |

Feature: Newsletter greeting

  Scenario Outline: greeting the reader by first name
    Given a subscriber named "<name>"
    When the newsletter is addressed
    Then the first line is "<greeting>"

    Examples:
      | name             | greeting  |
      | Anna Schmidt     | Hi Anna,  |
      | Bob              | Hi Bob,   |
      | Carla de la Cruz | Hi Carla, |
      | Dev Patel        | Hi Dev,   |

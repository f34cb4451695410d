Feature: Chat avatars

  Scenario Outline: letters on a member's avatar
    Given the member's name is "<name>"
    When the avatar is drawn
    Then the avatar shows "<letters>"

    Examples:
      | name                 | letters |
      | Ana Lopez            | AL      |
      | ben carter           | BC      |
      | Maria Jose Garcia    | MG      |
      | Jan van der Berg     | JB      |
      | Prince               | P       |
      | zoe   ng             | ZN      |
      | Li Wei               | LW      |
      | Kwame Nkrumah Mensah | KM      |
      | madonna              | M       |

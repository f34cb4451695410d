Feature: Chat avatars

  Scenario Outline: letters on a member's avatar
    Given the member's name is "<name>"
    When the avatar is drawn
    Then the avatar shows "<letters>"

    Examples:
      | name                  | letters |
      | Chen                  | C       |
      | harriet beecher stowe | HS      |
      | Yusuf  Ali            | YA      |
      | Anne Marie de la Cruz | AC      |
      | oscar wilde           | OW      |
      | Mo Farah              | MF      |

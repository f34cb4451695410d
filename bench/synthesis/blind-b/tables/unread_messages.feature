Feature: Inbox greeting

  Scenario Outline: greeting with the unread count
    Given the signed-in user is "<name>"
    And there are <count> unread messages in the inbox
    When the inbox opens
    Then the greeting is "<greeting>"

    Examples:
      | name  | count | greeting                              |
      | Sam   | 3     | Hi Sam, you have 3 unread messages    |
      | Ana   | 1     | Hi Ana, you have 1 unread message     |
      | Bo    | 0     | Hi Bo, you have no unread messages    |
      | Priya | 27    | Hi Priya, you have 27 unread messages |
      | Tom   | 2     | Hi Tom, you have 2 unread messages    |

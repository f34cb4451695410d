Feature: Inbox greeting

  Scenario Outline: greeting with the unread count
    Given the signed-in user is "<name>"
    And there are <count> unread messages in the inbox
    When the inbox opens
    Then the greeting is "<greeting>"

    Examples:
      | name | count | greeting                              |
      | Kim  | 12    | Hi Kim, you have 12 unread messages   |
      | Lee  | 1     | Hi Lee, you have 1 unread message     |
      | Max  | 0     | Hi Max, you have no unread messages   |
      | Noor | 100   | Hi Noor, you have 100 unread messages |

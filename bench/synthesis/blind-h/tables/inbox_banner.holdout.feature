Feature: Inbox banner

  Scenario Outline: the banner above the inbox
    Given "<name>" has <count> unread emails
    When the inbox banner is shown
    Then the banner reads "<banner>"

    Examples:
      | name  | count | banner                           |
      | Carla | 5     | Hi Carla, you have 5 new emails  |
      | Ed    | 1     | Hi Ed, you have 1 new email      |
      | Yusuf | 0     | Hi Yusuf, you have no new emails |
      | Ann   | 47    | Hi Ann, you have 47 new emails   |
      | Ivy   | 2     | Hi Ivy, you have 2 new emails    |

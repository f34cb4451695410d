Feature: Inbox banner

  Scenario Outline: the banner above the inbox
    Given "<name>" has <count> unread emails
    When the inbox banner is shown
    Then the banner reads "<banner>"

    Examples:
      | name     | count | banner                              |
      | Ann      | 3     | Hi Ann, you have 3 new emails       |
      | Raj      | 1     | Hi Raj, you have 1 new email        |
      | Zoe      | 0     | Hi Zoe, you have no new emails      |
      | Mohammed | 12    | Hi Mohammed, you have 12 new emails |
      | Li       | 2     | Hi Li, you have 2 new emails        |
      | Ann      | 0     | Hi Ann, you have no new emails      |
      | Bea      | 1     | Hi Bea, you have 1 new email        |
      | Tom      | 100   | Hi Tom, you have 100 new emails     |

Feature: Calmer subject lines
  A subject line is rewritten with only its first letter in upper case and everything else in lower case.

  Scenario Outline: calming down a subject line
    Given an e-mail with the subject "<subject>"
    When the subject line is calmed down
    Then the subject reads "<calm>"

    Examples:
      | subject              | calm                 |
      | URGENT MEETING TODAY | Urgent meeting today |
      | READ THIS NOW        | Read this now        |
      | lunch on friday      | Lunch on friday      |
      | Quarterly Report     | Quarterly report     |
      | HELLO                | Hello                |

Feature: Calmer subject lines
  A subject line is rewritten with only its first letter in upper case and everything else in lower case.

  Scenario Outline: calming down a subject line
    Given an e-mail with the subject "<subject>"
    When the subject line is calmed down
    Then the subject reads "<calm>"

    Examples:
      | subject             | calm                |
      | PLEASE CALL ME BACK | Please call me back |
      | minutes             | Minutes             |
      | New Office Hours    | New office hours    |

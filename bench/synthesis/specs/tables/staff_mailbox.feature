Feature: Staff mailboxes
  A new colleague's mailbox is the first letter of the first name followed by the surname, all in lower case, at example.org.

  Scenario Outline: creating a mailbox for a new colleague
    Given a new colleague with first name "<first>" and surname "<surname>"
    When a mailbox is created
    Then the mailbox address is "<address>"

    Examples:
      | first  | surname | address              |
      | Maria  | Lopez   | mlopez@example.org   |
      | John   | Smith   | jsmith@example.org   |
      | Ingrid | Bergman | ibergman@example.org |
      | Li     | Wei     | lwei@example.org     |
      | ALEX   | KIM     | akim@example.org     |

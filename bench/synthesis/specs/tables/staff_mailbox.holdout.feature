Feature: Staff mailboxes
  A new colleague's mailbox is the first letter of the first name followed by the surname, all in lower case, at example.org.

  Scenario Outline: creating a mailbox for a new colleague
    Given a new colleague with first name "<first>" and surname "<surname>"
    When a mailbox is created
    Then the mailbox address is "<address>"

    Examples:
      | first | surname | address            |
      | Priya | Patel   | ppatel@example.org |
      | Zoe   | Brown   | zbrown@example.org |
      | sam   | Ross    | sross@example.org  |

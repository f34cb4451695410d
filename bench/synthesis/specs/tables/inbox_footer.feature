Feature: Inbox pages
  The inbox shows 20 messages a page, and the footer says which page is open out of how many pages the messages fill.

  Scenario Outline: the footer under the message list
    Given an inbox holding <messages> messages
    And the reader is on page <page>
    When the footer is drawn
    Then the footer says "<footer>"

    Examples:
      | messages | page | footer        |
      | 100      | 1    | Page 1 of 5   |
      | 101      | 3    | Page 3 of 6   |
      | 20       | 1    | Page 1 of 1   |
      | 21       | 2    | Page 2 of 2   |
      | 45       | 2    | Page 2 of 3   |
      | 7        | 1    | Page 1 of 1   |
      | 400      | 20   | Page 20 of 20 |

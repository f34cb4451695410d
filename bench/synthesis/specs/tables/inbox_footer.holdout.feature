Feature: Inbox pages
  The inbox shows 20 messages a page, and the footer says which page is open out of how many pages the messages fill.

  Scenario Outline: the footer under the message list
    Given an inbox holding <messages> messages
    And the reader is on page <page>
    When the footer is drawn
    Then the footer says "<footer>"

    Examples:
      | messages | page | footer       |
      | 60       | 2    | Page 2 of 3  |
      | 61       | 4    | Page 4 of 4  |
      | 1000     | 7    | Page 7 of 50 |
      | 19       | 1    | Page 1 of 1  |

Feature: Web address for a blog post
  The slug is the title in lower case, with every run of characters that are
  not letters or digits replaced by a single hyphen, and no hyphen at the start
  or the end.

  Scenario Outline: slug from the title
    Given a post titled "<title>"
    When the slug is made
    Then the address ends in "<slug>"

    Examples:
      | title                     | slug                     |
      | Hello World               | hello-world              |
      | 10 Tips for Better Sleep! | 10-tips-for-better-sleep |
      | What's New in 2024?       | what-s-new-in-2024       |
      | C# & .NET: a guide        | c-net-a-guide            |
      | Already-a-slug            | already-a-slug           |
      | UPPER case                | upper-case               |
      | --Dashes--everywhere--    | dashes-everywhere        |
      | one                       | one                      |

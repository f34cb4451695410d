Feature: Web address for a blog post
  The slug is the title in lower case, with every run of characters that are
  not letters or digits replaced by a single hyphen, and no hyphen at the start
  or the end.

  Scenario Outline: slug from the title
    Given a post titled "<title>"
    When the slug is made
    Then the address ends in "<slug>"

    Examples:
      | title                       | slug                     |
      | Summer Recipes (Part 2)     | summer-recipes-part-2    |
      | Rock 'n' Roll               | rock-n-roll              |
      | A/B Testing 101             | a-b-testing-101          |
      | ...and Then There Were None | and-then-there-were-none |
      | MiXeD CaSe                  | mixed-case               |
